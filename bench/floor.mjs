// The syntactic floor: read every file harden would analyse, `ts.createSourceFile` it and walk it once with
// `ts.forEachChild`, single-threaded. Harden's times are reported as ratios to this. Usage: node bench/floor.mjs <dir>
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";

const { ts } = createRequire(import.meta.url)("ts-morph");
const extensions = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const skipped = new Set(["node_modules", "dist", "build", ".next", "coverage", ".git"]);

function sourceFiles(directory, found = []) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory() && !skipped.has(entry.name)) sourceFiles(full, found);
    else if (entry.isFile() && extensions.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(full);
  }
  return found;
}

let nodes = 0;
const visit = (node) => {
  nodes++;
  ts.forEachChild(node, visit);
};
const files = sourceFiles(path.resolve(process.argv[2] ?? "."));
for (const file of files) visit(ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true));
console.log(JSON.stringify({ files: files.length, nodes }));
