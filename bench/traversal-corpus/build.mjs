// Rebuilds the third-party corpus for path-traversal and permissive-cors from other projects' public test suites:
// semgrep-rules' and njsscan's rule tests (`// ruleid:` / `// ok:` on the line before the case, njsscan's
// true-negative files) and CodeQL's query tests for CWE-022 (TaintedPath), CWE-942 and CWE-346 (`// NOT OK`,
// `// $ Alert`, `// OK` after the flagged line, `// BAD:` / `// GOOD:` before the statement).
// semgrep-rules and njsscan are read from the session's fetched mirrors (/work/.mirror/<owner>+<name>/repo, or
// $TRAVERSAL_CORPUS_MIRRORS) at their HEAD. CodeQL's repository is larger than the fetch tool brings, so its test
// files are read from a sparse copy, one file per pinned commit: $TRAVERSAL_CORPUS_SPARSE/github+codeql/<commit>/<path>
// (default /tmp/traversal-corpus-sparse), saved from the stored index (read_file) at the commits pinned below; a
// missing file is reported and skipped. Cases are written outside the project ($TRAVERSAL_CORPUS_DIR, default
// /tmp/traversal-corpus): this script is committed, the cases never are. Every case records its repository, commit,
// path and line. Usage: node bench/traversal-corpus/build.mjs
import * as fs from "node:fs";
import * as path from "node:path";
import { mirrorOf } from "../mirror.mjs";

const mirrors = process.env.TRAVERSAL_CORPUS_MIRRORS ?? "/work/.mirror";
const sparse = process.env.TRAVERSAL_CORPUS_SPARSE ?? "/tmp/traversal-corpus-sparse";
export const corpusDirectory = process.env.TRAVERSAL_CORPUS_DIR ?? "/tmp/traversal-corpus";

/** How far a `ruleid:`/`BAD:` annotation on its own line reaches: the statement after it, up to a blank line or the next annotation. */
const maxSpan = 6;

const semgrepFiles = [
  ["javascript/express/security/audit/express-path-join-resolve-traversal.js", "path-traversal"],
  ["javascript/express/security/audit/express-res-sendfile.ts", "path-traversal"],
  ["javascript/lang/security/audit/detect-non-literal-fs-filename.js", "path-traversal"],
  ["javascript/lang/security/audit/detect-non-literal-fs-filename.ts", "path-traversal"],
  ["javascript/lang/security/audit/path-traversal/path-join-resolve-traversal.js", "path-traversal"],
  ["javascript/lang/security/audit/path-traversal/path-join-resolve-traversal.ts", "path-traversal"],
  ["javascript/lang/security/audit/path-traversal/real-example1.js", "path-traversal"],
  ["javascript/lang/security/audit/path-traversal/real-example2.js", "path-traversal"],
  ["javascript/express/security/cors-misconfiguration.js", "permissive-cors"],
  ["typescript/nestjs/security/audit/nestjs-header-cors-any.ts", "permissive-cors"],
];
const njsscanFiles = [
  ["tests/assets/node_source/true_positives/semantic_grep/traversal/path_traversal.js", "path-traversal"],
  ["tests/assets/node_source/true_positives/semantic_grep/traversal/resolve_path_traversal.js", "path-traversal"],
  ["tests/assets/node_source/true_negatives/safe_traversal.js", "path-traversal"],
  ["tests/assets/node_source/true_negatives/safe_path_join_resolve.js", "path-traversal"],
  ["tests/assets/node_source/true_positives/semantic_grep/headers/header_cors_star.js", "permissive-cors"],
  ["tests/assets/node_source/true_negatives/safe_cors_header.js", "permissive-cors"],
];
const codeqlTests = "javascript/ql/test/query-tests/Security/";
const codeqlFiles = [
  ["CWE-022/TaintedPath/TaintedPath.js", "0be13e45f24946a906c4a3258c21d2ffc379442e", "path-traversal"],
  ["CWE-022/TaintedPath/TaintedPath-es6.js", "8469a535e3871680c24cecb29105ea3d13112eb9", "path-traversal"],
  ["CWE-022/TaintedPath/normalizedPaths.js", "03b882381a6ab2688f6660ef2a7726544e9835c4", "path-traversal"],
  ["CWE-022/TaintedPath/tainted-sendFile.js", "2f5de5cf55195755fcca5b5db67e7445b7aefe87", "path-traversal"],
  ["CWE-022/TaintedPath/express.js", "47a9ccccecbf8a676f4ce951bdb2cee2aaea3c65", "path-traversal"],
  ["CWE-022/TaintedPath/typescript.ts", "89a8d59421cf0393fa66d966ec8b88d62fd3b4e0", "path-traversal"],
  ["CWE-942/apollo-test.js", "358617f53365db5b808bc668f0aae704e56790c2", "permissive-cors"],
  ["CWE-942/express-test.js", "95743d7109180c7076fe732c2e51ff1ee88d14ab", "permissive-cors"],
  ["CWE-346/tst.js", "55ceb9be8b0a8fbccb58df4b12125c5d9aeb021a", "permissive-cors"],
];


const isBlank = (line) => line.trim() === "";
const commentOnly = (line) => /^\s*\/\//.test(line);

/**
 * The labelled cases of one file. A trailing annotation labels its own line; one on a line of its own labels the lines
 * after it up to a blank line, the next annotation or `maxSpan` lines. `labelOf(comment)` says "positive", "negative"
 * or undefined (not an annotation, or one this corpus leaves out as ambiguous).
 */
function annotatedCases(text, labelOf) {
  const lines = text.split("\n");
  const cases = [];
  const annotationAt = lines.map((line) => {
    const comment = /\/\/(.*)$/.exec(line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""'));
    return comment ? labelOf(comment[1].trim()) : undefined;
  });
  lines.forEach((line, index) => {
    const label = annotationAt[index];
    if (!label) return;
    if (!commentOnly(line)) {
      cases.push({ expected: label, from: index + 1, to: index + 1 });
      return;
    }
    let first = index + 1;
    while (first < lines.length && commentOnly(lines[first]) && !annotationAt[first]) first++;
    let last = first;
    while (last + 1 < lines.length && last + 1 - first < maxSpan && !isBlank(lines[last + 1]) && !annotationAt[last + 1] && !commentOnly(lines[last + 1])) last++;
    if (first < lines.length) cases.push({ expected: label, from: first + 1, to: last + 1 });
  });
  return cases;
}

const semgrepLabel = (comment) => (/^ruleid\s*:/.test(comment) ? "positive" : /^ok\s*:/.test(comment) ? "negative" : undefined);

/** CodeQL's two annotation styles; `kinda OK`, `MISSING`-free `SPURIOUS` notes and the like are read for what they say. */
function codeqlLabel(comment) {
  if (/^\$\s*SPURIOUS/.test(comment)) return "negative";
  if (/^\$\s*(?:MISSING:\s*)?Alert/.test(comment)) return "positive";
  if (/^(?:NOT OK|BAD\b)/.test(comment)) return "positive";
  if (/^kinda OK/.test(comment)) return undefined;
  if (/^(?:OK\b|GOOD\b)/.test(comment)) return "negative";
  return undefined;
}

function collect() {
  const files = [];
  const add = (origin, category, text, cases) => files.push({ origin, category, text, cases });
  const semgrep = mirrorOf("semgrep/semgrep-rules", mirrors);
  for (const [file, category] of semgrepFiles) add({ repo: semgrep.repo, commit: semgrep.commit, path: file }, category, semgrep.show(file), (text) => annotatedCases(text, semgrepLabel));
  const njsscan = mirrorOf("ajinabraham/njsscan", mirrors);
  for (const [file, category] of njsscanFiles) {
    const text = njsscan.show(file);
    // A true-negatives file carries no annotations: the whole file is one case that must stay silent.
    const cases = file.includes("/true_negatives/") ? () => [{ expected: "negative", from: 1, to: text.split("\n").length }] : (body) => annotatedCases(body, semgrepLabel);
    add({ repo: njsscan.repo, commit: njsscan.commit, path: file }, category, text, cases);
  }
  for (const [file, commit, category] of codeqlFiles) {
    const location = path.join(sparse, "github+codeql", commit, codeqlTests, file);
    if (!fs.existsSync(location)) {
      console.warn(`skipped github/codeql ${codeqlTests}${file}@${commit.slice(0, 12)}: no sparse copy at ${location}`);
      continue;
    }
    add({ repo: "github/codeql", commit, path: codeqlTests + file }, category, fs.readFileSync(location, "utf8"), (text) => annotatedCases(text, codeqlLabel));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = collect();
  fs.rmSync(corpusDirectory, { recursive: true, force: true });
  fs.mkdirSync(path.join(corpusDirectory, "src"), { recursive: true });
  fs.writeFileSync(path.join(corpusDirectory, "package.json"), JSON.stringify({ name: "traversal-corpus", private: true }));
  const cases = [];
  files.forEach((file, index) => {
    const name = `file-${String(index).padStart(3, "0")}${path.extname(file.origin.path)}`;
    fs.writeFileSync(path.join(corpusDirectory, "src", name), file.text);
    for (const span of file.cases(file.text)) {
      cases.push({ id: `case-${String(cases.length).padStart(4, "0")}`, file: `src/${name}`, category: file.category, ...span, source: { ...file.origin, line: span.from } });
    }
  });
  fs.writeFileSync(path.join(corpusDirectory, "cases.json"), JSON.stringify(cases, null, 1));
  const count = (category, expected) => cases.filter((entry) => entry.category === category && entry.expected === expected).length;
  const sources = [...new Set(files.map((file) => file.origin.repo))];
  for (const category of ["path-traversal", "permissive-cors"]) console.log(`${category}: ${count(category, "positive")} positive, ${count(category, "negative")} negative`);
  console.log(`${cases.length} cases from ${files.length} files of ${sources.join(", ")} in ${corpusDirectory}`);
}
