const { sendForbidden } = require('../answers')
const config = require('../config')
const Sheets = require('./store')

// The whole work sits in the branch passport's session check opens; the other branch refuses.
function archiveSheet (req, res) {
  if (req.isAuthenticated()) {
    Sheets.archive(req.params.sheetId, req.user.id)
    res.end()
  } else {
    return sendForbidden(req, res)
  }
}

// Guests may write when the setting allows it, and it does unless the operator turns it off.
function rewriteSheet (req, res) {
  if (req.isAuthenticated() || config.allowGuestWrites) {
    Sheets.replace(req.params.sheetId, req.body)
    res.end()
  } else {
    return sendForbidden(req, res)
  }
}

exports.archiveSheet = archiveSheet
exports.rewriteSheet = rewriteSheet

// Assigned in place: an early refusal for a caller without a session.
exports.purgeSheets = (req, res) => {
  if (!req.isAuthenticated()) {
    return sendForbidden(req, res)
  }
  Sheets.purgeOwnedBy(req.user.id)
  res.end()
}
