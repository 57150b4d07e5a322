const Web = require("@ladjs/web");
const routes = require("./routes");

// The builder assembles the Koa stack itself, a limiter on every request included, and mounts the routes it is given.
const web = new Web({ routes, cookies: { signed: true } });

module.exports = web;
