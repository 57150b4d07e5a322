/** @type {import("next").NextConfig} */
// expect: missing-security-headers
const nextConfig = {
    output: "standalone",
    experimental: {
        serverActions: { bodySizeLimit: "2mb" },
    },
};

export default nextConfig;
