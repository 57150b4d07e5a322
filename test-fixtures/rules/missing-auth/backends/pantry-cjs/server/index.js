// A plain CommonJS service that Node runs as written. The route below is reported, but the created guard is a
// TypeScript ES module that `require` could not load (Node would refuse to start), so no scaffold is offered here;
// the TypeScript backends beside it still get theirs (tipjar-api).
const express = require("express");

const shelves = new Map();
const app = express();
app.use(express.json());

// expect: missing-auth
app.delete("/shelves/:shelfId", (req, res) => {
  shelves.delete(req.params.shelfId);
  res.status(204).end();
});

app.listen(3000);
