module.exports = {
  allowGuestWrites: process.env.LOOM_GUEST_WRITES !== 'false'
}
