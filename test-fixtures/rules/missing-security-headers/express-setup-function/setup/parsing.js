const express = require("express");

// Body parsing only: no header is sent from here.
module.exports = function (site) {
  site.use(express.json());
};
