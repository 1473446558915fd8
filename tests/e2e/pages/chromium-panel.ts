/** The extension's panel inside a real DevTools window in Chromium. */
import type { CdpSession } from '../fixtures/cdp';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';
import { openExtensionPanel } from '../fixtures/devtools-panel';
import { waitForStory, type StorySnapshot } from './story-snapshot';

export class ChromiumPanel {
  private constructor(private readonly session: CdpSession) {}

  static async open(browser: ChromiumWithExtension): Promise<ChromiumPanel> {
    return new ChromiumPanel(await openExtensionPanel(browser.cdpPort, browser.extensionId));
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.session.evaluate<StorySnapshot>(script), ready);
  }

  text(): Promise<string> {
    return this.session.evaluate<string>('document.body.innerText');
  }

  close(): void {
    this.session.close();
  }
}
