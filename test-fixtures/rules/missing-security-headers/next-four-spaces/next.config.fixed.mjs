/** @type {import("next").NextConfig} */
// expect: missing-security-headers
const nextConfig = {
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
    output: "standalone",
    experimental: {
        serverActions: { bodySizeLimit: "2mb" },
    },
};

export default nextConfig;
