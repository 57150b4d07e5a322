/** @type {import('next').NextConfig} */
// expect: missing-security-headers
module.exports = {
  reactStrictMode: true,
  images: { domains: ["cdn.example.com"] },
};
