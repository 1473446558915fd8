/**
 * Which registry origins' codes a detected vendor may be sending. Most vendors send only their own codes
 * (id → [id]); a few stacks share them: IIS serves Exchange and the ASP.NET Core Module, OpenResty is nginx,
 * and on shared hosting the Apache or LiteSpeed in front of an account serves cPanel's 509 'Bandwidth Limit
 * Exceeded' and CloudLinux's 508 'Resource Limit Is Reached'.
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  iis: ['iis', 'aspnet-core-module', 'exchange', 'microsoft'],
  'http-sys': ['iis', 'microsoft'],
  aspnet: ['iis', 'aspnet-core-module', 'microsoft'],
  kestrel: ['aspnet-core-module'],
  exchange: ['exchange', 'iis', 'microsoft'],
  openresty: ['nginx'],
  apache: ['apache', 'cpanel', 'cloudlinux'],
  litespeed: ['litespeed', 'cpanel', 'cloudlinux'],
  cpanel: ['cpanel', 'cloudlinux', 'apache'],
};

/** Registry origin ids for a vendor id, its own first. */
export function originsForVendor(vendorId: string): readonly string[] {
  return Object.hasOwn(FAMILIES, vendorId) ? (FAMILIES[vendorId] ?? [vendorId]) : [vendorId];
}
