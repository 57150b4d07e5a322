"use strict";
const express = require("express");
const http = require("node:http");

// expect: missing-security-headers
const app = express();
app.get("/", (req, res) => res.send("legacy " + req.path));

http.createServer(app).listen(8080);
