const express = require("express");
const hops = require("./controllers/hops");

const app = express();

// ok: missing-auth -- only resolves the code and redirects (or passes the request to the next route)
app.all("/go/:code", hops.follow);
// ok: missing-auth -- only resolves the handle and redirects, answering a fixed 404 for an unknown one
app.all("/by-handle/:handle", hops.byHandle);
// expect: missing-auth
app.all("/counted/:code", hops.countedFollow);

app.listen(3000);
