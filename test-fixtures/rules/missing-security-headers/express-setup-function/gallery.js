const express = require("express");

// ok: missing-security-headers -- the set-up module this app is handed to registers helmet on it
const gallery = express();
require("./setup/middleware")(gallery);
gallery.get("/", (req, res) => res.send("<h1>Gallery</h1>"));
gallery.listen(3000);

// expect: missing-security-headers
const archive = express();
// The set-up module it is handed to only parses bodies.
require("./setup/parsing")(archive);
archive.get("/", (req, res) => res.send("<h1>Archive</h1>"));
archive.listen(3001);
