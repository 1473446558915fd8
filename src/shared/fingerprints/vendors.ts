import type { VendorInfo } from './vendor-types';

/**
 * Every product the fingerprints can name. Ids equal the registry's ORIGINS ids where the product defines
 * status codes of its own ('iis', 'nginx', 'cloudflare', 'aws-elb', ...): that is how `explain` ties a
 * detected vendor to the vendor's meaning of a code.
 */
const LIST: readonly VendorInfo[] = [
  // CDNs and edge networks
  { id: 'cloudflare', name: 'Cloudflare', role: 'cdn' },
  { id: 'cloudfront', name: 'Amazon CloudFront', role: 'cdn' },
  { id: 'akamai', name: 'Akamai', role: 'cdn' },
  { id: 'fastly', name: 'Fastly', role: 'cdn' },
  { id: 'azure-front-door', name: 'Azure Front Door', role: 'cdn' },
  // load balancers and front ends
  { id: 'aws-elb', name: 'AWS Elastic Load Balancing', role: 'load-balancer' },
  { id: 'google', name: 'Google front end', role: 'load-balancer' },
  { id: 'haproxy', name: 'HAProxy', role: 'load-balancer' },
  { id: 'traefik', name: 'Traefik', role: 'load-balancer' },
  // proxies and caches
  { id: 'envoy', name: 'Envoy', role: 'proxy' },
  { id: 'varnish', name: 'Varnish', role: 'proxy' },
  { id: 'squid', name: 'Squid', role: 'proxy' },
  { id: 'trafficserver', name: 'Apache Traffic Server', role: 'proxy' },
  { id: 'tinyproxy', name: 'Tinyproxy', role: 'proxy' },
  { id: 'aws-api-gateway', name: 'Amazon API Gateway', role: 'proxy' },
  // hosting platforms and services
  { id: 'vercel', name: 'Vercel', role: 'platform' },
  { id: 'netlify', name: 'Netlify', role: 'platform' },
  { id: 'github-pages', name: 'GitHub Pages', role: 'platform' },
  { id: 'pantheon', name: 'Pantheon', role: 'platform' },
  { id: 'shopify', name: 'Shopify', role: 'platform' },
  { id: 'cpanel', name: 'cPanel', role: 'platform' },
  { id: 'linkedin', name: 'LinkedIn', role: 'platform' },
  { id: 'twitter', name: 'Twitter (X)', role: 'platform' },
  // origin servers
  { id: 'iis', name: 'Microsoft IIS', role: 'origin-server' },
  { id: 'http-sys', name: 'Microsoft HTTP.sys', role: 'origin-server' },
  { id: 'kestrel', name: 'Kestrel (ASP.NET Core)', role: 'origin-server' },
  { id: 'exchange', name: 'Microsoft Exchange', role: 'origin-server' },
  { id: 'nginx', name: 'nginx', role: 'origin-server' },
  { id: 'openresty', name: 'OpenResty', role: 'origin-server' },
  { id: 'apache', name: 'Apache HTTP Server', role: 'origin-server' },
  { id: 'tomcat', name: 'Apache Tomcat', role: 'origin-server' },
  { id: 'litespeed', name: 'LiteSpeed', role: 'origin-server' },
  { id: 'caddy', name: 'Caddy', role: 'origin-server' },
  { id: 'lighttpd', name: 'lighttpd', role: 'origin-server' },
  { id: 'h2o', name: 'H2O', role: 'origin-server' },
  { id: 'jetty', name: 'Eclipse Jetty', role: 'origin-server' },
  { id: 'gunicorn', name: 'Gunicorn', role: 'origin-server' },
  { id: 'python-http-server', name: "Python's http.server", role: 'origin-server' },
  { id: 's3', name: 'Amazon S3', role: 'origin-server' },
  { id: 'esri', name: 'Esri ArcGIS Server', role: 'origin-server' },
  // frameworks and languages
  { id: 'aspnet', name: 'ASP.NET', role: 'framework' },
  { id: 'php', name: 'PHP', role: 'framework' },
  { id: 'laravel', name: 'Laravel', role: 'framework' },
  { id: 'express', name: 'Express', role: 'framework' },
  { id: 'nextjs', name: 'Next.js', role: 'framework' },
  { id: 'spring', name: 'Spring Framework', role: 'framework' },
];

export const VENDORS: ReadonlyMap<string, VendorInfo> = new Map(LIST.map((v) => [v.id, v]));

/** The vendor with this id, if the fingerprints know it. */
export function vendorInfo(id: string): VendorInfo | undefined {
  return VENDORS.get(id);
}
