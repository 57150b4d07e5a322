// The connectors service loads its catalogue store while the module loads: it cannot serve anything without the
// store's address, so the env module the fix writes requires it. Every other variable of this package belongs to one
// optional feature (a chat provider a deployment may not enable, a relay port nothing stops at, a storefront key the
// code tests for), so those stay optional and their reads keep the assertion they had.
import { CatalogStore } from "./store";

// expect: unvalidated-env
export const catalog = new CatalogStore(process.env.CATALOG_STORE_URL!);
