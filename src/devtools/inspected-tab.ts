/** Which tab the panel shows: `?tab=ID` first (a panel opened outside DevTools), else the tab DevTools inspects. */
export function inspectedTabId(search: string, devtoolsTabId: unknown): number | undefined {
  const fromQuery = new URLSearchParams(search).get('tab');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  return typeof devtoolsTabId === 'number' && Number.isInteger(devtoolsTabId) && devtoolsTabId >= 0 ? devtoolsTabId : undefined;
}
