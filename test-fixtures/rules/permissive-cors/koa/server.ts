import Koa from "koa";
import cors from "@koa/cors";
import Router from "@koa/router";

const app = new Koa();
const router = new Router();

// expect: permissive-cors
app.use(cors({ credentials: true }));

// ok: permissive-cors -- a single configured origin
app.use(cors({ origin: process.env.WEB_ORIGIN }));

router.get("/health", (ctx) => {
  // ok: permissive-cors -- ctx.origin is the server's own origin, not the request's Origin header
  ctx.set("Access-Control-Allow-Origin", ctx.origin);
  ctx.body = { ok: true };
});

router.post("/profile", (ctx) => {
  // expect: permissive-cors
  ctx.set("Access-Control-Allow-Origin", ctx.get("Origin"));
  ctx.set("Access-Control-Allow-Credentials", "true");
  ctx.body = { saved: true };
});

app.use(router.routes());
app.listen(3000);

const partnerApp = new Koa();
// expect: permissive-cors
partnerApp.use(cors({ origin: (ctx) => ctx.get("Origin"), credentials: true }));

const widgetApp = new Koa();
// ok: permissive-cors -- the callback echoes the origin but sends no credentials
widgetApp.use(cors({ origin: (ctx) => ctx.request.header.origin ?? "" }));

const portalApp = new Koa();
const portalOrigins = (process.env.PORTAL_ORIGINS ?? "").split(",");
// ok: permissive-cors -- the callback echoes the Origin only when the allow-list holds it
portalApp.use(cors({ origin: (ctx) => (portalOrigins.includes(ctx.get("Origin")) ? ctx.get("Origin") : ""), credentials: true }));

const billingApp = new Koa();
// expect: permissive-cors
billingApp.use(cors({
  origin(ctx) {
    return ctx.get("Origin") || "*";
  },
  credentials: true,
}));

const docsApp = new Koa();
const docsOrigins = new Set((process.env.DOCS_ORIGINS ?? "").split(","));
// ok: permissive-cors -- the origin method admits only what the allow-list holds
docsApp.use(cors({
  origin(ctx) {
    const claimed = ctx.get("Origin");
    return docsOrigins.has(claimed) ? claimed : "";
  },
  credentials: true,
}));
