// Refusals shared by the controllers: a signed-in caller gets a 403 page, anyone else the sign-in page.
function sendForbidden (req, res) {
  if (req.user) return res.status(403).send('Forbidden')
  return res.redirect('/login')
}

exports.sendForbidden = sendForbidden
