// ok: missing-security-headers -- middleware.ts sets the headers on every response
module.exports = { poweredByHeader: false };
