import { useEffect, useState } from 'preact/hooks';
import { hasPermission, requestPermission } from '../shared/browser-adapter';
import { request } from '../shared/messaging-client';

/**
 * Turns the optional client-side redirect detector on or off. It acts at once (no Save): the
 * browser lets a page ask for a permission only while it handles the person's click.
 */
export function ClientRedirectToggle() {
  const [enabled, setEnabled] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => void hasPermission('scripting').then(setEnabled), []);

  const onChange = (event: Event) => {
    const wanted = (event.target as HTMLInputElement).checked;
    const granted = wanted ? requestPermission('scripting') : Promise.resolve(false);
    void granted
      .then((ok) => request({ type: 'set-client-redirect-detection', enabled: wanted && ok }))
      .then((result) => {
        setEnabled(result.enabled);
        setNote(wanted && !result.enabled ? 'The permission was not granted, so detection stays off.' : result.enabled ? 'On.' : 'Off.');
      })
      .catch((error: unknown) => {
        setEnabled(false);
        setNote(`Could not change it: ${String(error)}`);
      });
  };

  return (
    <fieldset>
      <label>
        <input type="checkbox" id="client-redirects" checked={enabled} onChange={onChange} /> Detect client-side redirects (meta refresh / JavaScript)
      </label>
      <p>
        Adds a tiny script to the pages you visit that only reads them, to tell a meta refresh from a JavaScript redirect. Asks for the optional “scripting”
        permission; turning it off gives the permission back.
      </p>
      {note ? (
        <span role="status" data-testid="client-redirects-status">
          {note}
        </span>
      ) : null}
    </fieldset>
  );
}
