import Koa from "koa";
import accounts from "./accounts";
import kiosk from "./kiosk";
import stamp from "./stamp";
import throttle from "./throttle";

const app = new Koa();
app.use(throttle);
app.use(accounts.routes());
app.listen(3000);

// A second service in the same package: its middleware is a default export too, but not a limiter.
const kioskApp = new Koa();
kioskApp.use(stamp);
kioskApp.use(kiosk.routes());
kioskApp.listen(3001);
