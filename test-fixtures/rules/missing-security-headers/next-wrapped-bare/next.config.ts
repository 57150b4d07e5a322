import type { NextConfig } from "next";
import { withErrorReporting } from "@acme/error-reporting/next";

// expect: missing-security-headers
const nextConfig: NextConfig = {
  reactStrictMode: true,
  images: { remotePatterns: [] },
};

const reportingOptions = {
  org: "acme",
  silent: true,
};

export default withErrorReporting(nextConfig, reportingOptions);
