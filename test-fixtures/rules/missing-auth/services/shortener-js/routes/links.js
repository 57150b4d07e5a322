const { Router } = require("express");
const { asyncHandler, timed } = require("../utils/async-handler");
const auth = require("../handlers/auth");
const links = require("../handlers/links");

const router = Router();

// ok: missing-auth -- asyncHandler only forwards to auth.requireUser, a module member that refuses without a token
router.post("/links", asyncHandler(auth.requireUser), asyncHandler(links.create));

// expect: missing-auth
router.post("/links/bulk", asyncHandler(links.bulk));

// expect: missing-auth
router.delete("/links/:id", timed(links.archive));

module.exports = router;
