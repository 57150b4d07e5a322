// koa-session writes its cookie through ctx.cookies, which Koa marks Secure whenever it sees the request as HTTPS
// (behind a TLS proxy once `app.proxy = true`); a constant `secure: true` would throw on plain HTTP instead.
import Koa from "koa";
import session from "koa-session";

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ""];
app.proxy = true;

// ok: insecure-cookie -- HttpOnly by default and Secure on HTTPS requests; SameSite is set
app.use(session({ key: "sid", sameSite: "lax" }, app));

app.listen(3000);
