const members = require("./members-controller")

module.exports = { members }
