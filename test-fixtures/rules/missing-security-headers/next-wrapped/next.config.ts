import type { NextConfig } from "next";
import { withErrorReporting } from "@acme/error-reporting/next";

const nextConfig: NextConfig = {
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'self'" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

// ok: missing-security-headers -- the wrapper's own options are not the Next config; nextConfig sets the headers
const reportingOptions = {
  org: "acme",
  silent: true,
};

export default withErrorReporting(nextConfig, reportingOptions);
