// A bare Node server: no framework, the request listener reads the URL itself.
import * as fsp from "node:fs/promises";
import { createServer } from "node:http";
import * as paths from "node:path";
import { parse } from "node:url";

const publicRoot = paths.resolve("public");

createServer(async (req, res) => {
  const wanted = parse(req.url ?? "/", true).query.file as string;
  // expect: path-traversal
  res.end(await fsp.readFile(paths.join(publicRoot, wanted)));
});

createServer(async (incoming, outgoing) => {
  const address = new URL(incoming.url ?? "/", "http://localhost");
  const name = address.searchParams.get("name") ?? "index.html";
  const target = paths.resolve(publicRoot, name);
  // expect: path-traversal
  const preview = await fsp.readFile(target, "utf8");
  // The prefix check protects what comes after it, not the read above.
  if (!target.startsWith(publicRoot + paths.sep)) {
    outgoing.statusCode = 403;
    return outgoing.end();
  }
  // ok: path-traversal -- resolved, then checked against the root plus a separator
  outgoing.end(preview + (await fsp.readFile(target, "utf8")));
});

createServer(async (req, res) => {
  const asked = parse(req.url ?? "/", true).query.doc as string;
  // A prefix test on the path as written says nothing: "docs/../../etc/passwd" starts with "docs/".
  if (asked.startsWith("docs/")) {
    // expect: path-traversal
    res.end(await fsp.readFile(asked));
  }
  // Rejecting absolute paths alone leaves "../" in.
  if (!paths.isAbsolute(asked)) {
    // expect: path-traversal
    res.end(await fsp.readFile(asked));
  }
  if (!paths.isAbsolute(asked) && !asked.includes("..")) {
    // ok: path-traversal -- relative and without a parent segment
    res.end(await fsp.readFile(asked));
  }
  // ok: path-traversal -- basename keeps the last segment only
  res.end(await fsp.readFile(paths.join(publicRoot, paths.basename(asked))));
});
