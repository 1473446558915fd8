/** A link only for http(s) addresses, opened apart from the extension; anything else stays text. */
import { isWebUrl } from './format';

export function SafeLink({ url, children }: { url: string | undefined; children?: string }) {
  const text = children ?? url ?? '';
  if (!isWebUrl(url)) return <span>{text}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  );
}
