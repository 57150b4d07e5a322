// A frontend API helper: `rest` is imported from the HTTP client module and this file imports no server framework.
import { rest } from "./http";

export default {
  // ok: missing-auth -- an HTTP call to the backend, not a route
  saveConfig: (config: Record<string, string>) => rest.post("/onboarding/config", config),
};
