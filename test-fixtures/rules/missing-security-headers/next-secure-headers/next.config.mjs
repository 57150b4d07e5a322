import { createSecureHeaders } from "next-secure-headers";

// ok: missing-security-headers -- createSecureHeaders sends nosniff and a frame guard by default, and this policy adds a CSP; only Referrer-Policy is left to the browser's strict default
const nextConfig = {
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...createSecureHeaders({ contentSecurityPolicy: { defaultSrc: "'self'" } })],
      },
    ];
  },
};

export default nextConfig;
