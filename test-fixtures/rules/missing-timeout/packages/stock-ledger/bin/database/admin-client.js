import pg from "pg";

// Only the `db:create` command imports this client: a developer's one-off connection to a local database, not a
// connection the service keeps. A module in bin/ that runs nothing itself is a helper of the commands beside it.
// ok: missing-timeout -- tooling: only a developer command uses this client
const admin = new pg.Client({ host: "localhost", user: "postgres" });

export default admin;
