/** A URL as text, its host in bold. Never a link: captured URLs are shown, not followed. */
import { splitUrl } from './url-parts';

export function HostUrl({ url }: { url: string }) {
  const { before, host, after } = splitUrl(url);
  return (
    <>
      {before}
      {host ? <strong class="host">{host}</strong> : null}
      {after}
    </>
  );
}
