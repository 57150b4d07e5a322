const express = require("express");
// A module-level const made by a call is not a middleware the handler builds: the wrapper keeps its own name.
const removeAlbum = require("./remove-album");

const legacy = express.Router();

// expect: missing-auth -- wrapped by `removeAlbum`, not by `require`
legacy.delete("/legacy/albums/:id", (req, res) => removeAlbum(req, res));

module.exports = legacy;
