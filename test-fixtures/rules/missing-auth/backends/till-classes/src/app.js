import express from "express";
import session from "express-session";
import till from "./controllers/till.js";
import drawer from "./controllers/drawer.js";

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, cookie: { secure: true, httpOnly: true, sameSite: "lax" } }));

// Controllers hand out one instance of their class; routes register its methods.
// ok: missing-auth -- the method only answers that vouchers are not taken
app.post("/tills/:tillId/vouchers/redeem", till.redeemVoucher);

// ok: missing-auth -- the method asks the session for the clerk and refuses without one
app.post("/tills/:tillId/close", till.closeTill);

// expect: missing-auth
app.post("/tills/:tillId/float", till.setFloat);

// ok: missing-auth -- a CommonJS instance's method that only answers
app.post("/drawers/:drawerId/count", drawer.count);

// expect: missing-auth
app.delete("/drawers/:drawerId", drawer.remove);

export default app;
