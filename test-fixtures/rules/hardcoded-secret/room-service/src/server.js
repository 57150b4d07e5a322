// The service: every /v1 call must carry the operator's key in `authorization`.
const express = require("express");

const app = express();
const apiKey = process.env.ROOM_API_KEY;

app.use("/v1", (req, res, next) => {
  if (!apiKey || req.headers.authorization !== apiKey) return res.status(403).end();
  next();
});
app.post("/v1/rooms", (req, res) => res.json({ room: "lobby" }));
app.listen(3000);
