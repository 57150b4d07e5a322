/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [
          // expect: permissive-cors
          { key: "Access-Control-Allow-Origin", value: "*" },
          { key: "Access-Control-Allow-Methods", value: "GET,POST,PUT,DELETE" },
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
