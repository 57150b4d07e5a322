import { Hono } from "hono";
import { signedIn } from "./middleware";
import { entriesRouter } from "./routers/entries";
import { importsRouter } from "./routers/imports";

const routers = new Hono();

// Mounted before the session middleware: it does not run for these routes.
routers.route("/imports", importsRouter);

routers.use(...signedIn);
routers.route("/entries", entriesRouter);

export default routers;
