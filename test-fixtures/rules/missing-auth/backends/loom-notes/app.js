const express = require('express')
const sheetController = require('./lib/sheets')

const app = express()
app.use(express.json({ limit: '1mb' }))

// ok: missing-auth -- archiveSheet does its work only in the branch where req.isAuthenticated() holds
app.delete('/sheets/:sheetId', sheetController.archiveSheet)
// expect: missing-auth
app.put('/sheets/:sheetId', sheetController.rewriteSheet)
// ok: missing-auth -- purgeSheets, exported in place, refuses a caller without a session first
app.post('/sheets/purge', sheetController.purgeSheets)

app.listen(3000)
