import type { NextConfig } from "next";
import { withErrorReporting } from "@acme/error-reporting/next";
import { withTranslations } from "@acme/translations/next";

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

// ok: missing-security-headers -- a `webpack` object is the wrapper's own option (Next's `webpack` is a function); the config is inside the nested wrapper
const reportingOptions = {
  org: "acme",
  webpack: { treeshake: true },
};

export default withErrorReporting(withTranslations(nextConfig), reportingOptions);
