const got = require("got");

async function latestPublished(name) {
  // ok: missing-timeout -- tooling: the package is a command-line program (yargs), not a server
  const body = await got(`https://registry.npmjs.org/${encodeURIComponent(name)}`).json();
  return body["dist-tags"].latest;
}

module.exports = { latestPublished };
