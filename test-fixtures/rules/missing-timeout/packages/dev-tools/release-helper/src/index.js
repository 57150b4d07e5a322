// A contributor's command-line helper with a manifest of its own, inside a monorepo folder; it loads its argument
// parser with a template-literal require.
const yargs = require(`yargs/yargs`);
const { latestPublished } = require("./utils/registry");

yargs(process.argv.slice(2))
  .command("latest <name>", "print the latest published version", {}, async (argv) => console.log(await latestPublished(argv.name)))
  .parse();
