const express = require("express");

const app = express();
// expect: untrusted-forwarded-for
app.enable("trust proxy");

module.exports = app;
