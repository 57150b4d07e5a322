const store = require("../store");
const { respond } = require("../respond");

const Hops = module.exports;

// Resolves a short code and sends the caller on to the canonical URL; an unknown code falls through to the next route.
Hops.follow = async (req, res, next) => {
  let { depth } = req.query;
  if (!depth || depth < 0) {
    depth = 0;
  }
  depth = parseInt(depth, 10);

  let target;
  if (depth === 0) {
    target = await store.getTarget(req.params.code);
  } else {
    target = await store.getTarget(`${req.params.code}:${depth}`);
  }
  if (!target) {
    return next("route");
  }
  res.redirect(308, target);
};

// Maps a public handle to the member's id route, or refuses a handle nobody has.
Hops.byHandle = async (req, res) => {
  const id = await store.getMemberIdByHandle(req.params.handle);
  if (id) {
    res.redirect(308, `/api/members/${id}${req.path}`);
  } else {
    respond(404, res);
  }
};

// Counts the visit before it redirects: a write anyone can repeat.
Hops.countedFollow = async (req, res) => {
  const target = await store.getTarget(req.params.code);
  await store.incrementVisits(req.params.code);
  if (target) {
    res.redirect(302, target);
  } else {
    respond(404, res);
  }
};
