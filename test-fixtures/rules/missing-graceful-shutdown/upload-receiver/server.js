// A nested package operators deploy on a server of its own: nothing in the root starts it, yet it is production code.
const express = require("express");

const app = express();
app.use(express.raw({ limit: "5mb" }));
app.put("/recordings/:name", (req, res) => res.sendStatus(201));

// expect: missing-graceful-shutdown
app.listen(Number(process.env.PORT ?? 8080));
