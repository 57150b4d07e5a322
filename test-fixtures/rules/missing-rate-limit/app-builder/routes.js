const Router = require("@koa/router");
const accounts = require("./accounts");

const router = new Router();

// ok: missing-rate-limit -- the app builder that serves this router limits every request
router.post("/login", accounts.login);

module.exports = router;
