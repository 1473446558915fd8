/**
 * The popup in Firefox. Mostly the popup page opened in a tab and told which tab to show with `?tab=ID`
 * (what "Open in a tab" does), which WebDriver BiDi drives like any page; for what only the real
 * toolbar popup proves (a click's user input reaching the popup's handler), `FirefoxToolbarPopup`.
 */
import type { Page } from 'puppeteer-core';
import { evaluateInBrowserWindow, evaluateWithoutGesture, openExtensionPage, type FirefoxWithExtension } from '../fixtures/firefox-extension';
import { PopupView, puppeteerDriver } from './popup-view';
import { waitForStory, type StorySnapshot } from './story-snapshot';

const POPUP_PATH = 'src/popup/index.html';

/** The id of the tab showing `url`, asked from an extension page (tabs.query needs no permission for it). */
export async function firefoxTabId(firefox: FirefoxWithExtension, url: string): Promise<number> {
  const page = await firefox.browser.newPage();
  try {
    await openExtensionPage(page, `${firefox.baseUrl}${POPUP_PATH}?tab=0`);
    const id = await page.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((t) => t.url === target)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await page.close();
  }
}

export class FirefoxPopup {
  readonly view: PopupView;

  private constructor(readonly page: Page) {
    this.view = new PopupView(puppeteerDriver(page));
  }

  /** The popup page for `tabId`, in a tab of its own. */
  static async open(firefox: FirefoxWithExtension, tabId: number): Promise<FirefoxPopup> {
    const page = await firefox.browser.newPage();
    await openExtensionPage(page, `${firefox.baseUrl}${POPUP_PATH}?tab=${tabId}`);
    return new FirefoxPopup(page);
  }

  /** The popup page for the tab showing `inspectedUrl`. */
  static async openFor(firefox: FirefoxWithExtension, inspectedUrl: string): Promise<FirefoxPopup> {
    return FirefoxPopup.open(firefox, await firefoxTabId(firefox, inspectedUrl));
  }

  story(ready: (s: StorySnapshot) => boolean): Promise<StorySnapshot> {
    return waitForStory((script) => this.page.evaluate(script) as Promise<StorySnapshot>, ready);
  }

  async close(): Promise<void> {
    await this.page.close().catch(() => undefined);
  }
}

/**
 * The real toolbar popup in Firefox ESR, as a person gets it. `browser.action.openPopup()` opens it
 * without a user gesture (`extensions.openPopupWithoutUserGesture.enabled` is on by default in ESR 153).
 * WebDriver BiDi cannot reach it: its browser element lives in a panel of the browser window, and
 * BiDi's contexts are the tabs' browsers (no `permanentKey`: `getTree` does not list it, and no context
 * id can be made for it). So it is read through another extension page of the same process
 * (`browser.extension.getViews({ type: 'popup' })`) and clicked with a mouse event synthesized in the
 * browser window at the button's place: Firefox routes it into the popup as it routes a person's click,
 * so the popup's handler runs with user input being handled.
 */
export class FirefoxToolbarPopup {
  private constructor(
    private readonly firefox: FirefoxWithExtension,
    /** An extension page in a tab, the popup's neighbour in the extension's process. */
    private readonly neighbour: Page,
  ) {}

  /** Opens the popup for the window's active tab, once `ready` (a selector) is in it. */
  static async open(firefox: FirefoxWithExtension, neighbour: Page, ready: string): Promise<FirefoxToolbarPopup> {
    await evaluateWithoutGesture(firefox, neighbour, 'browser.action.openPopup()');
    const popup = new FirefoxToolbarPopup(firefox, neighbour);
    const deadline = Date.now() + 15_000;
    while ((await popup.inPopup(`!!popup.document.querySelector(${JSON.stringify(ready)})`)) !== true) {
      if (Date.now() > deadline) throw new Error(`the toolbar popup did not show ${ready}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return popup;
  }

  /** Whether a toolbar popup is open. */
  async isOpen(): Promise<boolean> {
    return (await evaluateWithoutGesture(this.firefox, this.neighbour, `browser.extension.getViews({ type: 'popup' }).length > 0`)) === true;
  }

  /** A person's click on `selector`, routed by the browser window into the popup. */
  async click(selector: string): Promise<void> {
    const box = (await this.inPopup(
      `(() => { const r = popup.document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    )) as { x: number; y: number } | undefined;
    if (box === undefined) throw new Error('the toolbar popup is closed');
    await evaluateInBrowserWindow(
      this.firefox,
      `(() => {
        const popup = [...document.querySelectorAll('panel browser')].find((b) => b.currentURI?.spec.startsWith(${JSON.stringify(`${this.firefox.baseUrl}${POPUP_PATH}`)}));
        if (!popup) throw new Error('no toolbar popup in the browser window');
        const at = popup.getBoundingClientRect();
        const x = at.x + ${box.x}, y = at.y + ${box.y};
        window.synthesizeMouseEvent('mousemove', x, y, { button: 0, buttons: 0 });
        window.synthesizeMouseEvent('mousedown', x, y, { button: 0, buttons: 1, clickCount: 1 });
        window.synthesizeMouseEvent('mouseup', x, y, { button: 0, buttons: 0, clickCount: 1 });
      })()`,
    );
  }

  /** A script's click on `selector` (`element.click()`): no user input is being handled. */
  async scriptClick(selector: string): Promise<void> {
    await this.inPopup(`popup.document.querySelector(${JSON.stringify(selector)}).click()`);
  }

  /** The value of `expression`, which reads the popup's window as `popup` (undefined when no popup is open). */
  private inPopup(expression: string): Promise<unknown> {
    return evaluateWithoutGesture(
      this.firefox,
      this.neighbour,
      `(() => { const popup = browser.extension.getViews({ type: 'popup' })[0]; return popup === undefined ? undefined : ${expression}; })()`,
    );
  }
}
