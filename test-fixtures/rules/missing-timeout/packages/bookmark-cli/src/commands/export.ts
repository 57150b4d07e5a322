// A command of a published command-line client (its argument parser is commander's typed edition): the person running
// it waits on the server they named and can interrupt it, so no request handler is held open.
import { Command } from "@commander-js/extra-typings";

export const exportCommand = new Command("export")
  .requiredOption("--server <url>")
  .action(async ({ server }) => {
    // ok: missing-timeout -- command-line code, not a server request path
    const response = await fetch(`${server}/api/bookmarks`);
    console.log(await response.text());
  });
