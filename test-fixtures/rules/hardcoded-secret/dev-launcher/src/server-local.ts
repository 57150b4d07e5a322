// Started by `npm run dev` only; `npm start` runs the built server.ts. It seeds a developer's local database.
import { startServer } from "./server";

startServer({
  seedTokens: [
    // ok: hardcoded-secret -- an admin token for the developer's own database, in a launcher only the dev script runs
    { project: "*", secret: "*:*.dd5acc61822547d7fff9235e55cdddb5" },
  ],
});
