/** Colours by status class, shared by the badge and the pages so a 404 looks the same everywhere. */

export function badgeColorFor(status: number): string {
  if (status >= 200 && status < 300) return '#15803d';
  if (status >= 300 && status < 400) return '#1d4ed8';
  if (status >= 400 && status < 500) return '#b45309';
  if (status >= 500 && status < 600) return '#b91c1c';
  return '#4b5563';
}
