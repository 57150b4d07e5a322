// The storefront key is left empty on installs without billing; this file tests for that before using it.
// ok: unvalidated-env -- this file handles the key's absence below
export const storefrontKey = process.env.STOREFRONT_PUBLIC_KEY as string;

export function billingEnabled(): boolean {
  return !!process.env.STOREFRONT_PUBLIC_KEY;
}
