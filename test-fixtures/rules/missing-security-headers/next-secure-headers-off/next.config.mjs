import { createSecureHeaders } from "next-secure-headers";

// The library's nosniff is switched off and nothing else sends it.
// expect: missing-security-headers
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: createSecureHeaders({ nosniff: false, referrerPolicy: "same-origin" }) }];
  },
};

export default nextConfig;
