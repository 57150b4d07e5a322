// A marketing site exported as static HTML: there is no Next server at run time and Next ignores headers() here;
// the static host that serves the files sets the headers.
// ok: missing-security-headers
const config = {
  output: "export",
  images: { unoptimized: true },
};

export default config;
