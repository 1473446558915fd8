import { useEffect, useState } from 'preact/hooks';
import { hasPermission, requestPermission } from '../shared/browser-adapter';
import type { I18n } from '../shared/i18n/create-i18n';
import { request } from '../shared/messaging-client';

/**
 * Turns the optional client-side redirect detector on or off. It acts at once (no Save): the
 * browser lets a page ask for a permission only while it handles the person's click.
 */
export function ClientRedirectToggle({ i18n }: { i18n: I18n }) {
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
        setNote(i18n.t(wanted && !result.enabled ? 'optionsClientRedirectRefused' : result.enabled ? 'optionsOn' : 'optionsOff'));
      })
      .catch((error: unknown) => {
        setEnabled(false);
        setNote(i18n.t('optionsClientRedirectFailed', String(error)));
      });
  };

  return (
    <fieldset>
      <label>
        <input type="checkbox" id="client-redirects" checked={enabled} onChange={onChange} /> {i18n.t('optionsClientRedirectLabel')}
      </label>
      <p>{i18n.t('optionsClientRedirectHint')}</p>
      {note ? (
        <span role="status" data-testid="client-redirects-status">
          {note}
        </span>
      ) : null}
    </fieldset>
  );
}
