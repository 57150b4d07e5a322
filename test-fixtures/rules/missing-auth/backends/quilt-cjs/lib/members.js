// Controllers wrapped by a generator runner, exported in place.
const { wrap } = require("co");
const Member = require("./member");

// Signs up: the account is made from the form, then the new member is logged in.
exports.join = wrap(function* (req, res) {
  const member = new Member(req.body);
  yield member.save();
  req.logIn(member, () => res.redirect("/"));
});

// Logs in whoever owns the e-mail address typed in, with no password checked.
exports.claim = wrap(function* (req, res) {
  const member = yield Member.findOne({ email: String(req.body.email) });
  req.logIn(member, () => res.redirect("/"));
});
