/**
 * The optional client-side redirect detector: a content script registered at run time, only while
 * the person has granted the optional `scripting` permission from the options page.
 */
// crx builds `?iife` imports as one classic script and gives back its path in the package.
import detectorFile from '../content/client-redirect-detector.ts?iife';
import { hasPermission, registerContentScript, removePermission, unregisterContentScript } from '../shared/browser-adapter';

const DETECTOR = { id: 'client-redirect-detector', file: detectorFile, matches: ['http://*/*', 'https://*/*'] };

/** One change at a time: a permission event and the options page's message may arrive together. */
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Whether the detector's messages count: only while the person grants its permission. */
export function clientRedirectDetectionAllowed(): Promise<boolean> {
  return hasPermission('scripting').catch(() => false);
}

/** Registers the detector when the permission is granted; run at every start and on permission changes. */
export function syncClientRedirectDetection(): Promise<boolean> {
  return serial(async () => ((await hasPermission('scripting')) ? registerContentScript(DETECTOR) : false));
}

/**
 * The options page's switch. Turning on needs the permission granted first (only a page can ask,
 * during a click); turning off unregisters the script, then gives the permission back.
 */
export function setClientRedirectDetection(enabled: boolean): Promise<{ enabled: boolean }> {
  return serial(async () => {
    if (enabled) return { enabled: (await hasPermission('scripting')) && (await registerContentScript(DETECTOR)) };
    await unregisterContentScript(DETECTOR.id);
    await removePermission('scripting');
    return { enabled: false };
  });
}
