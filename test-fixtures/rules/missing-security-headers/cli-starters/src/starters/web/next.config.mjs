// A project template the CLI writes into a user's new folder: the build copies it as data, it is never served here.
// ok: missing-security-headers -- copied verbatim by the package's build script, a template and not this package's app
const nextConfig = {
  reactStrictMode: true,
};

export default nextConfig;
