// A one-off job run on its own: it loads the settings folder only for what importing it does and calls nothing there,
// so main.ts stays the one caller of checkEnvironment and the routes' variables stay validated at start-up.
import "../settings";
import { rebuildAll } from "./rebuild";

rebuildAll("http://localhost:8080/internal/rebuild");
