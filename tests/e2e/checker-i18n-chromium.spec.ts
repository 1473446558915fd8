/**
 * The link checker in the browser's language: Chromium started in German (--lang=de) shows the page's
 * heading, its Check button and the reason a line is refused in German, and checks the list as in
 * English. Expected words come from the German messages file, by key, never from a copy of its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures/paths';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker } from './pages/checker-chromium';

const GERMAN = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
const german = (key: string): string => GERMAN[key]!.message;

test('in German: the heading, the Check button, a refused line’s reason and the results’ count', async ({ site, chromium }) => {
  const browser = await chromium({ lang: 'de' });
  const checker = await ChromiumChecker.open(browser);
  const page = checker.page;
  await expect(page.locator('h1')).toHaveText(german('checkerTitle'));
  await expect(page).toHaveTitle(german('checkerPageTitle'));
  await expect(page.getByTestId('check')).toHaveText(german('checkerCheck'));
  await expect(page.getByTestId('input-sitemap').locator('xpath=..')).toHaveText(german('checkerInputSitemap'));

  await checker.check([`${site.origin}/ok`, 'ftp://example.test/file']);
  await checker.finished();
  // The refused line's reason, its scheme put in the German sentence; the line number's label too.
  expect(await checker.refused()).toEqual([
    `${german('checkerLineNo').replace('$LINE$', '2')} ftp://example.test/file — ${german('checkerRefuseNotHttp').replace('$SCHEME$', 'ftp:')}`,
  ]);
  // A counted message in its German singular form.
  const oneUrl = /(?:^|\|)one:([^|]*)/.exec(german('checkerUrlCount'))![1]!.replace('#', '1');
  await expect(page.getByTestId('shown-count')).toHaveText(oneUrl);
  expect((await checker.row(`${site.origin}/ok`)).status).toBe('200');
});
