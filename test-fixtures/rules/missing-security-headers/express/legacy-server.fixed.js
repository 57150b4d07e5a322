"use strict";
const express = require("express");
const http = require("node:http");
const helmet = require("helmet");

// expect: missing-security-headers
const app = express();
app.use(helmet({ contentSecurityPolicy: { reportOnly: true } }));
app.get("/", (req, res) => res.send("legacy " + req.path));

http.createServer(app).listen(8080);
