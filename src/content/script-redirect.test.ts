import { describe, expect, it } from 'vitest';
import { scriptRedirectTarget, type NavigateFacts } from './script-redirect';

const to = 'https://site.example/next';
const scripted: NavigateFacts = { userInitiated: false, navigationType: 'push', destination: { url: to, sameDocument: false }, downloadRequest: null };

describe('scriptRedirectTarget', () => {
  it('names the target of a navigation the page started by itself', () => {
    expect(scriptRedirectTarget(scripted, { userActive: false })).toBe(to);
    expect(scriptRedirectTarget({ ...scripted, navigationType: 'replace' }, { userActive: false })).toBe(to);
  });

  it('leaves out what a person started: a link click, or a script run by their click', () => {
    expect(scriptRedirectTarget({ ...scripted, userInitiated: true }, { userActive: false })).toBeUndefined();
    expect(scriptRedirectTarget(scripted, { userActive: true })).toBeUndefined();
  });

  it('leaves out history traversal, same-document changes, downloads and non-web targets', () => {
    expect(scriptRedirectTarget({ ...scripted, navigationType: 'traverse' }, { userActive: false })).toBeUndefined();
    expect(scriptRedirectTarget({ ...scripted, destination: { url: to, sameDocument: true } }, { userActive: false })).toBeUndefined();
    expect(scriptRedirectTarget({ ...scripted, downloadRequest: 'file.zip' }, { userActive: false })).toBeUndefined();
    expect(scriptRedirectTarget({ ...scripted, destination: { url: 'mailto:a@b.example', sameDocument: false } }, { userActive: false })).toBeUndefined();
  });

  it('leaves the meta refresh’s own navigation to the meta refresh hint', () => {
    expect(scriptRedirectTarget(scripted, { userActive: false, metaRefreshUrl: `${to}#top` })).toBeUndefined();
    expect(scriptRedirectTarget(scripted, { userActive: false, metaRefreshUrl: 'https://site.example/other' })).toBe(to);
  });
});
