/** The extension's panel inside a real DevTools window in Chromium. */
import type { Page } from '@playwright/test';
import type { CdpSession } from '../fixtures/cdp';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { openExtensionPanel, type PanelWindow } from '../fixtures/devtools-panel';
import { waitForStory, type StorySnapshot } from './story-snapshot';

const KEY_CODES: Readonly<Record<string, number>> = {
  Enter: 13,
  Escape: 27,
  ' ': 32,
  PageUp: 33,
  PageDown: 34,
  End: 35,
  Home: 36,
  ArrowLeft: 37,
  ArrowUp: 38,
  ArrowRight: 39,
  ArrowDown: 40,
};

export class ChromiumPanel {
  private constructor(private readonly session: CdpSession) {}

  static async open(browser: ChromiumWithExtension, window: PanelWindow = {}): Promise<ChromiumPanel> {
    return new ChromiumPanel(await openExtensionPanel(browser.cdpPort, browser.extensionId, window));
  }

  /**
   * The browser's first tab at `readyUrl`, then the panel in an undocked DevTools window for it: DevTools
   * opens with a tab and must be open before the load it is to record, which the caller then starts.
   */
  static async openOnPage(browser: ChromiumWithExtension, readyUrl: string): Promise<{ page: Page; panel: ChromiumPanel }> {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(readyUrl);
    return { page, panel: await ChromiumPanel.open(browser, { undocked: { width: 1280, height: 760 } }) };
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.session.evaluate<StorySnapshot>(script), ready);
  }

  /** Runs a script (source text) in the panel page and returns its JSON value. */
  evaluate<T>(script: string): Promise<T> {
    return this.session.evaluate<T>(script);
  }

  /** A real key press (CDP Input) in the panel page, wherever its focus is. */
  async pressKey(key: string): Promise<void> {
    const code = KEY_CODES[key];
    if (code === undefined) throw new Error(`no key code for ${key}`);
    const base = { key, code: key === ' ' ? 'Space' : key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
    await this.session.send('Input.dispatchKeyEvent', {
      type: 'rawKeyDown',
      ...base,
      ...(key === 'Enter' ? { text: '\r' } : key === ' ' ? { text: ' ' } : {}),
    });
    if (key === 'Enter' || key === ' ') await this.session.send('Input.dispatchKeyEvent', { type: 'char', ...base, text: key === 'Enter' ? '\r' : ' ' });
    await this.session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  text(): Promise<string> {
    return this.session.evaluate<string>('document.body.innerText');
  }

  close(): void {
    this.session.close();
  }
}
