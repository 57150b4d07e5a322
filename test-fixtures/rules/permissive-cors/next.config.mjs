/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          // ok: permissive-cors -- `*` without credentials in this entry
          { key: "Access-Control-Allow-Origin", value: "*" },
          { key: "Access-Control-Allow-Methods", value: "GET,POST,PUT,DELETE" },
        ],
      },
      {
        source: "/widget/:path*",
        headers: [
          { key: "Access-Control-Allow-Credentials", value: "true" },
          // ok: permissive-cors -- browsers refuse a literal `*` for credentialed requests, so the pair is inert
          { key: "Access-Control-Allow-Origin", value: "*" },
        ],
      },
      {
        source: "/embed/:path*",
        // ok: permissive-cors -- one partner origin
        headers: [{ key: "Access-Control-Allow-Origin", value: "https://partner.example.com" }],
      },
    ];
  },
};

export default nextConfig;
