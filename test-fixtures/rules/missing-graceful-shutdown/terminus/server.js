const http = require("node:http");
const express = require("express");
const { createTerminus } = require("@godaddy/terminus");

const app = express();
app.get("/", (req, res) => res.send("gateway"));

const server = http.createServer(app);
createTerminus(server, { signals: ["SIGTERM", "SIGINT"], timeout: 10000 });
// ok: missing-graceful-shutdown -- terminus stops accepting and drains on the signals
server.listen(80);
