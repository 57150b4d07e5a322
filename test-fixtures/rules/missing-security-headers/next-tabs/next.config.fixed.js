/** @type {import("next").NextConfig} */
// expect: missing-security-headers
module.exports = {
	async headers() {
		return [
			{
				source: "/(.*)",
				headers: [
					{ key: "X-Content-Type-Options", value: "nosniff" },
					{ key: "X-Frame-Options", value: "DENY" },
					{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
				],
			},
		];
	},
	reactStrictMode: true,
	poweredByHeader: false,
};
