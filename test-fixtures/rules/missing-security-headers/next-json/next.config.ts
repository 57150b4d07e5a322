import type { NextConfig } from "next";

// ok: missing-security-headers -- this app has only JSON route handlers and no pages, so no document to frame or sniff
const nextConfig: NextConfig = {
  reactStrictMode: true,
};

export default nextConfig;
