/**
 * The products `capture-servers.ts` runs, each with its smallest configuration and the requests that
 * provoke its default responses. A case's `madeBy` says who made the answer: the product itself, or
 * the upstream it relayed (the proxies' 200s and relayed 404s).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawRequest } from './raw-http';

export interface Ports {
  /** A Node server that answers 200 (404 for paths with 'missing'). */
  origin: number;
  /** Accepts connections and never answers. */
  silent: number;
  /** Answers any request with bytes that are not HTTP. */
  garbage: number;
  /** Nothing listens there. */
  closed: number;
}

export interface CaptureCase {
  name: string;
  provokedBy: string;
  request: RawRequest;
  /** Requests sent first (a rate limit's first, allowed request). */
  before?: RawRequest[];
  /** Kept only when the product answered with an error (some relay an upstream's nonsense as HTTP/0.9). */
  errorOnly?: boolean;
  madeBy?: 'product' | 'upstream';
}

interface Setup {
  command: string[];
  env?: Record<string, string>;
  cases: CaptureCase[];
  /** When the package version is not the product's (Express, installed by npm). */
  productVersion?: string;
  /** Wait after the port opens (health checks, deployment). */
  settleMs?: number;
}

export interface ServerProduct {
  /** The fixture folder: the vendor id where the fingerprints know the product. */
  id: string;
  debianPackage: string;
  startTimeoutMs?: number;
  setup: (at: { dir: string; port: number; ports: Ports }) => Setup;
}

const get = (target: string): RawRequest => ({ method: 'GET', target });
const GET = (name: string, target: string, provokedBy: string, madeBy?: 'upstream'): CaptureCase =>
  madeBy ? { name, provokedBy, request: get(target), madeBy } : { name, provokedBy, request: get(target) };
const BAD_REQUEST: CaptureCase = {
  name: 'bad-request',
  provokedBy: 'a request line that is not HTTP',
  request: { method: '', target: '', raw: 'HELLO\r\n\r\n' },
};

/** A document root: an index page, a folder with one, and a folder without one. */
function site(dir: string): string {
  const www = join(dir, 'www');
  mkdirSync(join(www, 'dir'), { recursive: true });
  mkdirSync(join(www, 'noindex'), { recursive: true });
  mkdirSync(join(www, 'limited'), { recursive: true });
  writeFileSync(join(www, 'index.html'), '<!doctype html><title>index</title><p>index</p>\n');
  writeFileSync(join(www, 'dir', 'index.html'), '<!doctype html><title>dir</title><p>dir</p>\n');
  writeFileSync(join(www, 'limited', 'index.html'), '<!doctype html><title>limited</title><p>limited</p>\n');
  writeFileSync(join(www, 'noindex', 'file.txt'), 'a file\n');
  return www;
}

/** The cases every static file server gets. */
const STATIC: readonly CaptureCase[] = [
  GET('index', '/', 'the index page'),
  GET('dir-no-slash', '/dir', 'a folder asked for without its final slash'),
  GET('dir-no-index', '/noindex/', 'a folder with no index page (listings off)'),
  GET('missing', '/missing', 'a path that does not exist'),
  { name: 'post-static', provokedBy: 'POST to a static file', request: { method: 'POST', target: '/index.html' } },
];

/** The cases every reverse proxy gets, under path prefixes its configuration routes. */
const REVERSE: readonly CaptureCase[] = [
  GET('upstream-ok', '/proxy-ok/', 'a request relayed to an upstream that answers', 'upstream'),
  GET('upstream-missing', '/proxy-ok/missing', "the upstream's own 404, relayed", 'upstream'),
  { ...GET('upstream-refused', '/proxy-refused/', 'the upstream port is closed (connection refused)'), errorOnly: true },
  { ...GET('upstream-timeout', '/proxy-slow/', 'the upstream accepts the connection and never answers (1 s timeout)'), errorOnly: true },
  { ...GET('upstream-invalid', '/proxy-garbage/', 'the upstream answers with bytes that are not HTTP'), errorOnly: true },
];

/** A WSGI application for Gunicorn and uWSGI: their own pages show when it raises. */
const WSGI_APP = `def app(environ, start_response):
    path = environ.get('PATH_INFO', '/')
    if path == '/error':
        raise RuntimeError('provoked')
    if path == '/redirect':
        start_response('302 Found', [('Location', '/'), ('Content-Type', 'text/plain')])
        return [b'moved\\n']
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'hello\\n']

application = app
`;

const WSGI_CASES: readonly CaptureCase[] = [
  GET('app-ok', '/', "the application's own 200"),
  GET('app-redirect', '/redirect', "the application's own 302"),
  GET('exception', '/error', 'the application raises an exception'),
  BAD_REQUEST,
];

export const SERVER_PRODUCTS: readonly ServerProduct[] = [
  {
    id: 'nginx',
    debianPackage: 'nginx',
    setup({ dir, port, ports }) {
      const www = site(dir);
      const temp = (name: string): string => `${name}_temp_path ${join(dir, name)};`;
      writeFileSync(
        join(dir, 'nginx.conf'),
        `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log; user root;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}
  limit_req_zone $binary_remote_addr zone=one:1m rate=1r/m;
  server {
    listen 127.0.0.1:${port}; root ${www};
    location = /error { return 500; }
    location /limited/ { limit_req zone=one; }
    location /proxy-ok/ { proxy_pass http://127.0.0.1:${ports.origin}; }
    location /proxy-refused/ { proxy_pass http://127.0.0.1:${ports.closed}; }
    location /proxy-slow/ { proxy_pass http://127.0.0.1:${ports.silent}; proxy_read_timeout 1s; }
    location /proxy-garbage/ { proxy_pass http://127.0.0.1:${ports.garbage}; }
  }
}
`,
      );
      return {
        command: ['/usr/sbin/nginx', '-c', join(dir, 'nginx.conf'), '-p', dir],
        cases: [
          ...STATIC,
          GET('return-500', '/error', "'return 500' in the configuration"),
          { ...GET('limit-req', '/limited/', 'limit_req (1 request a minute): the second request'), before: [get('/limited/')] },
          ...REVERSE,
          BAD_REQUEST,
        ],
      };
    },
  },
  {
    id: 'apache',
    debianPackage: 'apache2',
    setup({ dir, port, ports }) {
      const www = site(dir);
      const mod = (name: string): string => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`;
      writeFileSync(
        join(dir, 'httpd.conf'),
        `ServerRoot ${dir}
ServerName 127.0.0.1
# As Debian's conf-enabled/security.conf sets them.
ServerTokens OS
ServerSignature On
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
ErrorLog ${dir}/error.log
DefaultRuntimeDir ${dir}
User www-data
Group www-data
${['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'proxy', 'proxy_http'].map(mod).join('\n')}
TypesConfig /etc/mime.types
DocumentRoot ${www}
<Directory ${www}>
  Require all granted
</Directory>
DirectoryIndex index.html
Redirect 500 /error
ProxyPass /proxy-ok/ http://127.0.0.1:${ports.origin}/proxy-ok/
ProxyPass /proxy-refused/ http://127.0.0.1:${ports.closed}/
ProxyPass /proxy-slow/ http://127.0.0.1:${ports.silent}/ timeout=1
ProxyPass /proxy-garbage/ http://127.0.0.1:${ports.garbage}/
`,
      );
      return {
        command: ['/usr/sbin/apache2', '-f', join(dir, 'httpd.conf'), '-DFOREGROUND'],
        cases: [...STATIC, GET('redirect-500', '/error', "'Redirect 500 /error' in the configuration"), ...REVERSE, BAD_REQUEST],
      };
    },
  },
  {
    id: 'lighttpd',
    debianPackage: 'lighttpd',
    setup({ dir, port, ports }) {
      const www = site(dir);
      const proxy = (prefix: string, to: number): string =>
        `$HTTP["url"] =~ "^/${prefix}/" { proxy.server = ("" => (("host" => "127.0.0.1", "port" => ${to}, "read-timeout" => 1))) }`;
      writeFileSync(
        join(dir, 'lighttpd.conf'),
        `server.document-root = "${www}"
server.bind = "127.0.0.1"
server.port = ${port}
server.username = "www-data"
server.groupname = "www-data"
server.errorlog = "${dir}/error.log"
server.modules = ("mod_proxy")
index-file.names = ("index.html")
mimetype.assign = (".html" => "text/html", ".txt" => "text/plain")
${proxy('proxy-ok', ports.origin)}
${proxy('proxy-refused', ports.closed)}
${proxy('proxy-slow', ports.silent)}
${proxy('proxy-garbage', ports.garbage)}
`,
      );
      return { command: ['/usr/sbin/lighttpd', '-D', '-f', join(dir, 'lighttpd.conf')], cases: [...STATIC, ...REVERSE, BAD_REQUEST] };
    },
  },
  {
    id: 'caddy',
    debianPackage: 'caddy',
    setup({ dir, port, ports }) {
      const www = site(dir);
      const proxy = (prefix: string, to: number): string =>
        `handle /${prefix}/* {\n    reverse_proxy 127.0.0.1:${to} {\n      transport http {\n        response_header_timeout 1s\n      }\n    }\n  }`;
      writeFileSync(
        join(dir, 'Caddyfile'),
        `{
  admin off
  auto_https off
}
http://127.0.0.1:${port} {
  root * ${www}
  handle /error {
    error 500
  }
  ${proxy('proxy-ok', ports.origin)}
  ${proxy('proxy-refused', ports.closed)}
  ${proxy('proxy-slow', ports.silent)}
  ${proxy('proxy-garbage', ports.garbage)}
  handle {
    file_server
  }
}
`,
      );
      return {
        command: ['/usr/bin/caddy', 'run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
        env: { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
        cases: [...STATIC, GET('error-directive', '/error', "'error 500' in the configuration"), ...REVERSE, BAD_REQUEST],
      };
    },
  },
  {
    id: 'h2o',
    debianPackage: 'h2o',
    setup({ dir, port, ports }) {
      const www = site(dir);
      const proxy = (prefix: string, to: number): string => `      /${prefix}:\n        proxy.reverse.url: http://127.0.0.1:${to}/${prefix}\n`;
      writeFileSync(
        join(dir, 'h2o.conf'),
        `user: www-data
pid-file: ${dir}/h2o.pid
error-log: ${dir}/error.log
proxy.timeout.io: 1000
listen:
  host: 127.0.0.1
  port: ${port}
hosts:
  default:
    paths:
${proxy('proxy-ok', ports.origin)}${proxy('proxy-refused', ports.closed)}${proxy('proxy-slow', ports.silent)}${proxy('proxy-garbage', ports.garbage)}      /:
        file.dir: ${www}
`,
      );
      return { command: ['/usr/bin/h2o', '-c', join(dir, 'h2o.conf')], cases: [...STATIC, ...REVERSE, BAD_REQUEST] };
    },
  },
  {
    id: 'tomcat',
    debianPackage: 'tomcat10',
    startTimeoutMs: 60_000,
    setup({ dir, port }) {
      const base = join(dir, 'tomcat');
      const root = join(base, 'webapps', 'ROOT');
      for (const sub of ['conf', 'logs', 'temp', 'work', join('webapps', 'ROOT', 'dir')]) mkdirSync(join(base, sub), { recursive: true });
      for (const file of ['web.xml', 'context.xml', 'logging.properties', 'catalina.properties']) cpSync(join('/etc/tomcat10', file), join(base, 'conf', file));
      writeFileSync(
        join(base, 'conf', 'server.xml'),
        `<?xml version="1.0" encoding="UTF-8"?>
<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="${port}" address="127.0.0.1" protocol="HTTP/1.1" />
    <Engine name="Catalina" defaultHost="localhost">
      <Host name="localhost" appBase="webapps" unpackWARs="false" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
`,
      );
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>index</title><p>index</p>\n');
      writeFileSync(join(root, 'dir', 'index.html'), '<!doctype html><title>dir</title><p>dir</p>\n');
      writeFileSync(join(root, 'error.jsp'), '<% if (true) throw new IllegalStateException("provoked"); %>\n');
      const home = '/usr/share/tomcat10';
      return {
        command: [
          '/usr/bin/java',
          `-Dcatalina.home=${home}`,
          `-Dcatalina.base=${base}`,
          `-Djava.io.tmpdir=${join(base, 'temp')}`,
          `-Djava.util.logging.config.file=${join(base, 'conf', 'logging.properties')}`,
          '-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager',
          '-cp',
          `${home}/bin/bootstrap.jar:${home}/bin/tomcat-juli.jar`,
          'org.apache.catalina.startup.Bootstrap',
          'start',
        ],
        settleMs: 2000,
        cases: [
          GET('index', '/', 'the index page'),
          GET('dir-no-slash', '/dir', 'a folder asked for without its final slash'),
          GET('missing', '/missing', 'a path that does not exist'),
          GET('web-inf', '/WEB-INF/web.xml', 'a protected path'),
          { name: 'put-static', provokedBy: 'PUT to a static file (the default servlet is read-only)', request: { method: 'PUT', target: '/index.html' } },
          GET('jsp-throws', '/error.jsp', 'a JSP that throws'),
          BAD_REQUEST,
        ],
      };
    },
  },
  {
    id: 'jetty',
    debianPackage: 'jetty9',
    startTimeoutMs: 60_000,
    setup({ dir, port }) {
      const base = join(dir, 'jetty');
      const root = join(base, 'webapps', 'ROOT');
      mkdirSync(join(root, 'dir'), { recursive: true });
      writeFileSync(join(root, 'index.html'), '<!doctype html><title>index</title><p>index</p>\n');
      writeFileSync(join(root, 'dir', 'index.html'), '<!doctype html><title>dir</title><p>dir</p>\n');
      return {
        command: [
          '/usr/bin/java',
          '-jar',
          '/usr/share/jetty9/start.jar',
          'jetty.home=/usr/share/jetty9',
          `jetty.base=${base}`,
          '--module=http,deploy',
          `jetty.http.port=${port}`,
          'jetty.http.host=127.0.0.1',
        ],
        settleMs: 3000,
        cases: [
          GET('index', '/', 'the index page'),
          GET('dir-no-slash', '/dir', 'a folder asked for without its final slash'),
          GET('missing', '/missing', 'a path that does not exist'),
          GET('no-context', '/nowhere/', 'a path no web application serves'),
          { name: 'put-static', provokedBy: 'PUT to a static file (the default servlet is read-only)', request: { method: 'PUT', target: '/index.html' } },
          BAD_REQUEST,
        ],
      };
    },
  },
  {
    id: 'python-http-server',
    debianPackage: 'python3.11',
    setup({ dir, port }) {
      const www = site(dir);
      return {
        command: ['/usr/bin/python3', '-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', www],
        cases: [
          GET('index', '/', 'the index page'),
          GET('dir-no-slash', '/dir', 'a folder asked for without its final slash'),
          GET('missing', '/missing', 'a path that does not exist'),
          { name: 'post', provokedBy: 'POST, which the server does not implement', request: { method: 'POST', target: '/index.html' } },
        ],
      };
    },
  },
  {
    id: 'gunicorn',
    debianPackage: 'gunicorn',
    setup({ dir, port }) {
      writeFileSync(join(dir, 'app.py'), WSGI_APP);
      return { command: ['/usr/bin/gunicorn', '--bind', `127.0.0.1:${port}`, '--chdir', dir, '--workers', '1', 'app:app'], cases: [...WSGI_CASES] };
    },
  },
  {
    id: 'uwsgi',
    debianPackage: 'uwsgi',
    setup({ dir, port }) {
      writeFileSync(join(dir, 'app.py'), WSGI_APP);
      return {
        command: [
          '/usr/bin/uwsgi',
          '--plugin',
          'python3',
          '--http-socket',
          `127.0.0.1:${port}`,
          '--wsgi-file',
          join(dir, 'app.py'),
          '--master',
          '--die-on-term',
        ],
        // An exception closes the connection with no response at all, and a request line that is not HTTP reaches the app.
        cases: WSGI_CASES.filter((c) => c.name.startsWith('app-')),
      };
    },
  },
  {
    id: 'express',
    debianPackage: 'nodejs',
    startTimeoutMs: 120_000,
    setup({ dir, port }) {
      const www = site(dir);
      execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, 'express@4'], { stdio: 'ignore' });
      const version = (
        JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("express/package.json"))'], { cwd: dir, encoding: 'utf8' })) as { version: string }
      ).version;
      writeFileSync(
        join(dir, 'server.js'),
        `const express = require('express');
const app = express();
app.get('/error', () => { throw new Error('provoked'); });
app.use(express.static(${JSON.stringify(www)}));
app.listen(${port}, '127.0.0.1');
`,
      );
      return {
        command: ['/usr/bin/node', join(dir, 'server.js')],
        env: { NODE_ENV: 'production' },
        productVersion: version,
        cases: [
          GET('index', '/', 'the index page (express.static)'),
          GET('dir-no-slash', '/dir', 'a folder asked for without its final slash (express.static)'),
          GET('missing', '/missing', 'a path no route serves'),
          { name: 'post', provokedBy: 'POST, which no route takes', request: { method: 'POST', target: '/index.html' } },
          GET('exception', '/error', 'a route that throws (NODE_ENV=production)'),
          BAD_REQUEST,
        ],
      };
    },
  },
  {
    id: 'node-http',
    debianPackage: 'nodejs',
    setup({ dir, port }) {
      writeFileSync(join(dir, 'server.js'), `require('node:http').createServer((req, res) => { res.end('hello\\n'); }).listen(${port}, '127.0.0.1');\n`);
      return { command: ['/usr/bin/node', join(dir, 'server.js')], cases: [GET('app-ok', '/', "the application's own 200"), BAD_REQUEST] };
    },
  },
  {
    id: 'varnish',
    debianPackage: 'varnish',
    setup({ dir, port, ports }) {
      const backend = (name: string, to: number): string =>
        `backend ${name} { .host = "127.0.0.1"; .port = "${to}"; .connect_timeout = 1s; .first_byte_timeout = 1s; }`;
      writeFileSync(
        join(dir, 'default.vcl'),
        `vcl 4.1;
${backend('ok', ports.origin)}
${backend('refused', ports.closed)}
${backend('slow', ports.silent)}
${backend('garbage', ports.garbage)}
sub vcl_recv {
  if (req.url ~ "^/proxy-refused/") { set req.backend_hint = refused; }
  elsif (req.url ~ "^/proxy-slow/") { set req.backend_hint = slow; }
  elsif (req.url ~ "^/proxy-garbage/") { set req.backend_hint = garbage; }
  else { set req.backend_hint = ok; }
}
`,
      );
      return {
        command: ['/usr/sbin/varnishd', '-F', '-n', join(dir, 'varnish'), '-a', `127.0.0.1:${port}`, '-f', join(dir, 'default.vcl'), '-s', 'malloc,16m'],
        cases: [...REVERSE, BAD_REQUEST],
      };
    },
  },
  {
    id: 'haproxy',
    debianPackage: 'haproxy',
    setup({ dir, port, ports }) {
      writeFileSync(
        join(dir, 'haproxy.cfg'),
        `defaults
  mode http
  timeout connect 1s
  timeout client 5s
  timeout server 1s
frontend fe
  bind 127.0.0.1:${port}
  http-request deny if { path_beg /denied }
  http-request deny deny_status 429 if { path_beg /limited }
  use_backend refused if { path_beg /proxy-refused/ }
  use_backend slow if { path_beg /proxy-slow/ }
  use_backend garbage if { path_beg /proxy-garbage/ }
  use_backend none if { path_beg /no-server/ }
  default_backend ok
backend ok
  server o 127.0.0.1:${ports.origin}
backend refused
  server r 127.0.0.1:${ports.closed}
backend slow
  server s 127.0.0.1:${ports.silent}
backend garbage
  server g 127.0.0.1:${ports.garbage}
backend none
  server n 127.0.0.1:${ports.origin} disabled
`,
      );
      return {
        command: ['/usr/sbin/haproxy', '-db', '-f', join(dir, 'haproxy.cfg')],
        cases: [
          ...REVERSE,
          GET('no-server', '/no-server/', 'the backend has no server in service'),
          GET('denied', '/denied', "an 'http-request deny' rule"),
          GET('denied-429', '/limited', "an 'http-request deny deny_status 429' rule"),
          BAD_REQUEST,
        ],
      };
    },
  },
  {
    id: 'squid',
    debianPackage: 'squid',
    setup({ dir, port, ports }) {
      writeFileSync(
        join(dir, 'squid.conf'),
        `http_port 127.0.0.1:${port}
pid_filename ${dir}/squid.pid
cache_log ${dir}/cache.log
access_log none
coredump_dir ${dir}
visible_hostname squid-capture.test
cache deny all
read_timeout 1 seconds
connect_timeout 1 seconds
shutdown_lifetime 0 seconds
acl denied url_regex /denied
http_access deny denied
http_access allow localhost
http_access deny all
`,
      );
      const via = (name: string, path: string, to: number, provokedBy: string, madeBy?: 'upstream'): CaptureCase => ({
        ...GET(name, `http://127.0.0.1:${to}${path}`, provokedBy),
        ...(madeBy ? { madeBy } : {}),
      });
      return {
        command: ['/usr/sbin/squid', '-N', '-f', join(dir, 'squid.conf')],
        cases: [
          via('upstream-ok', '/', ports.origin, 'a request relayed to an upstream that answers', 'upstream'),
          via('upstream-missing', '/missing', ports.origin, "the upstream's own 404, relayed", 'upstream'),
          via('upstream-refused', '/', ports.closed, 'the upstream port is closed (connection refused)'),
          via('upstream-timeout', '/', ports.silent, 'the upstream accepts the connection and never answers (1 s timeout)'),
          via('denied', '/denied', ports.origin, "an 'http_access deny' rule"),
          GET('not-a-proxy-request', '/', 'a request with a path only, to a forward proxy'),
        ],
      };
    },
  },
  {
    id: 'trafficserver',
    debianPackage: 'trafficserver',
    setup({ dir, port, ports }) {
      const etc = join(dir, 'etc');
      for (const sub of ['etc', 'log', 'run', 'cache']) mkdirSync(join(dir, sub), { recursive: true });
      cpSync('/etc/trafficserver', etc, { recursive: true });
      const records = readFileSync(join(etc, 'records.config'), 'utf8').replace(
        /^CONFIG proxy\.config\.http\.server_ports STRING .*$/m,
        `CONFIG proxy.config.http.server_ports STRING ${port}`,
      );
      writeFileSync(
        join(etc, 'records.config'),
        `${records}
CONFIG proxy.config.http.connect_attempts_timeout INT 1
CONFIG proxy.config.http.connect_attempts_max_retries INT 0
CONFIG proxy.config.http.transaction_no_activity_timeout_out INT 1
`,
      );
      writeFileSync(join(etc, 'storage.config'), `${join(dir, 'cache')} 64M\n`);
      writeFileSync(
        join(etc, 'remap.config'),
        [
          `map /proxy-ok/ http://127.0.0.1:${ports.origin}/proxy-ok/`,
          `map /proxy-refused/ http://127.0.0.1:${ports.closed}/`,
          `map /proxy-slow/ http://127.0.0.1:${ports.silent}/`,
          `map /proxy-garbage/ http://127.0.0.1:${ports.garbage}/`,
          '',
        ].join('\n'),
      );
      const layout = ['prefix', 'sysconfdir', 'localstatedir', 'runtimedir', 'logdir', 'cachedir'];
      const where: Record<string, string> = {
        prefix: dir,
        sysconfdir: etc,
        localstatedir: join(dir, 'run'),
        runtimedir: join(dir, 'run'),
        logdir: join(dir, 'log'),
        cachedir: join(dir, 'cache'),
      };
      writeFileSync(
        join(dir, 'runroot.yaml'),
        `${layout.map((key) => `${key}: ${where[key] ?? ''}`).join('\n')}
exec_prefix: /usr
bindir: /usr/bin
sbindir: /usr/sbin
datadir: /usr/share/trafficserver
includedir: /usr/include
libdir: /usr/lib/trafficserver
libexecdir: /usr/lib/trafficserver/modules
`,
      );
      // Traffic Server drops to its own user, which must be able to write there.
      for (const sub of ['', 'etc', 'log', 'run', 'cache']) chmodSync(join(dir, sub), 0o777);
      return {
        command: ['/usr/bin/traffic_server', `--run-root=${join(dir, 'runroot.yaml')}`],
        settleMs: 2000,
        cases: [...REVERSE, GET('unmapped', '/missing', 'a path no remap rule maps'), BAD_REQUEST],
      };
    },
  },
  {
    id: 'tinyproxy',
    debianPackage: 'tinyproxy',
    setup({ dir, port, ports }) {
      writeFileSync(join(dir, 'filter'), 'denied\n');
      writeFileSync(
        join(dir, 'tinyproxy.conf'),
        `User nobody
Group nogroup
Port ${port}
Listen 127.0.0.1
Timeout 2
MaxClients 10
Allow 127.0.0.1
PidFile "${dir}/tinyproxy.pid"
LogFile "${dir}/tinyproxy.log"
Filter "${dir}/filter"
FilterURLs On
`,
      );
      const via = (name: string, path: string, to: number, provokedBy: string, madeBy?: 'upstream'): CaptureCase => ({
        ...GET(name, `http://127.0.0.1:${to}${path}`, provokedBy),
        ...(madeBy ? { madeBy } : {}),
      });
      return {
        command: ['/usr/bin/tinyproxy', '-d', '-c', join(dir, 'tinyproxy.conf')],
        cases: [
          via('upstream-ok', '/', ports.origin, 'a request relayed to an upstream that answers', 'upstream'),
          via('upstream-missing', '/missing', ports.origin, "the upstream's own 404, relayed", 'upstream'),
          via('upstream-refused', '/', ports.closed, 'the upstream port is closed (connection refused)'),
          // A silent upstream is not here: Tinyproxy closes the connection without an answer when its Timeout passes.
          via('filtered', '/denied', ports.origin, 'a URL the filter list blocks'),
          BAD_REQUEST,
        ],
      };
    },
  },
];
