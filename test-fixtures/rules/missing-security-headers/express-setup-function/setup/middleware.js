const express = require("express");
const helmet = require("helmet");

// The whole middleware stack, put on whichever app the entry hands in.
module.exports = function (site) {
  site.use(helmet());
  site.use(express.urlencoded({ extended: false }));
};
