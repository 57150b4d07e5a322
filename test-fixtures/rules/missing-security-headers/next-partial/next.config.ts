import type { NextConfig } from "next";

// expect: missing-security-headers
const nextConfig: NextConfig = {
  async headers() {
    return [{ source: "/(.*)", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] }];
  },
};

export default nextConfig;
