/** The tab DevTools inspects, as the panel is told it; undefined when the page is not part of DevTools. */
export function inspectedTabId(devtoolsTabId: unknown): number | undefined {
  return typeof devtoolsTabId === 'number' && Number.isInteger(devtoolsTabId) && devtoolsTabId >= 0 ? devtoolsTabId : undefined;
}

/** The tab the "All requests in a tab" page shows: its `?tab=ID`, as the popup's button opens it. */
export function requestedTabId(search: string): number | undefined {
  const fromQuery = new URLSearchParams(search).get('tab');
  return fromQuery !== null && /^\d{1,10}$/.test(fromQuery) ? Number(fromQuery) : undefined;
}
