/** @type {import("next").NextConfig} */
// expect: missing-security-headers
module.exports = {
	reactStrictMode: true,
	poweredByHeader: false,
};
