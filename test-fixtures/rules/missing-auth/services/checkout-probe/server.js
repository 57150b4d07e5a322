// A hosted product whose description starts with a verb: "test whether..." says what it does for its users, not that
// it is test code.
const express = require("express");

const app = express();
app.use(express.json({ limit: "100kb" }));

const probes = new Map();

// expect: missing-auth
app.delete("/probes/:id", (req, res) => {
  probes.delete(req.params.id);
  res.sendStatus(204);
});

app.listen(Number(process.env.PORT ?? 8080));
