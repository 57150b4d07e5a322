// An older module: its guard is a function of the object it assigns to module.exports.
module.exports = {
  partnerKey(req, res, next) {
    if (req.get("x-partner-key") !== process.env.PARTNER_KEY) return res.sendStatus(401);
    next();
  },
};
