// Rebuilds the third-party secrets corpus from other projects' public test suites: gitleaks' rule samples (true and
// false positives, and the samples it generates from each rule's secret pattern) and secretlint's snapshot tests
// (`ng.*` inputs with the ranges its rules report, `ok.*` inputs that must stay silent). The cases are read from the
// session's fetched mirrors (/work/.mirror/<owner>+<name>/repo, or $SECRETS_CORPUS_MIRRORS) and written outside the
// project ($SECRETS_CORPUS_DIR, default /tmp/secrets-corpus): this script is committed, the cases never are.
// Every case records where it came from (repository, commit, path). Usage: node bench/secrets-corpus/build.mjs
import * as fs from "node:fs";
import * as path from "node:path";
import { mirrorOf } from "../mirror.mjs";
import { createRandom } from "../generate.mjs";

const mirrors = process.env.SECRETS_CORPUS_MIRRORS ?? "/work/.mirror";
export const corpusDirectory = process.env.SECRETS_CORPUS_DIR ?? "/tmp/secrets-corpus";


/** A string matching a (Go/JS) regular expression, from the subset rule samples are written in. */
export function exampleOf(source, random) {
  const classes = { d: "0123456789", w: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", s: " " };
  let index = 0;
  const text = source.replace(/\(\?[imsU-]+\)/g, "").replace(/\(\?[imsU-]+:/g, "(?:").replace(/\\b/g, "");
  const pick = (alphabet) => alphabet[random.int(0, alphabet.length - 1)];
  const parseClass = () => {
    let alphabet = "";
    index++;
    if (text[index] === "^") throw new Error("negated class");
    while (text[index] !== "]") {
      let char = text[index++];
      if (char === "\\") {
        const escaped = text[index++];
        alphabet += classes[escaped] ?? escaped;
        continue;
      }
      if (char === "[" && text.startsWith("[:alnum:]", index - 1)) {
        index += 8;
        alphabet += classes.w.replace("_", "");
        continue;
      }
      if (text[index] === "-" && text[index + 1] !== "]") {
        for (let code = char.charCodeAt(0); code <= text.charCodeAt(index + 1); code++) alphabet += String.fromCharCode(code);
        index += 2;
        continue;
      }
      alphabet += char;
    }
    index++;
    return alphabet;
  };
  const parseSequence = () => {
    let out = "";
    while (index < text.length && text[index] !== ")" && text[index] !== "|") {
      let atom;
      const char = text[index];
      if (char === "(") {
        index += text.startsWith("(?:", index) ? 3 : text.startsWith("(?P<", index) || text.startsWith("(?<", index) ? text.indexOf(">", index) + 1 - index : 1;
        const first = parseSequence();
        while (text[index] === "|") {
          index++;
          parseSequence();
        }
        index++;
        atom = () => first;
      } else if (char === "[") {
        const alphabet = parseClass();
        atom = () => pick(alphabet);
      } else if (char === "\\") {
        const escaped = text[index + 1];
        index += 2;
        atom = classes[escaped] ? () => pick(classes[escaped]) : () => escaped;
      } else if (char === "^" || char === "$") {
        index++;
        continue;
      } else {
        index++;
        atom = () => char;
      }
      let count = 1;
      const quantifier = /^(?:\{(\d+)(?:,(\d*))?\}|\?|\+|\*)\??/.exec(text.slice(index));
      if (quantifier) {
        index += quantifier[0].length;
        if (quantifier[1] !== undefined) count = random.int(Number(quantifier[1]), quantifier[2] === undefined ? Number(quantifier[1]) : quantifier[2] === "" ? Number(quantifier[1]) + 8 : Number(quantifier[2]));
        else count = quantifier[0].startsWith("+") ? random.int(1, 8) : random.int(0, quantifier[0].startsWith("?") ? 1 : 8);
      }
      for (let time = 0; time < count; time++) out += atom();
    }
    return out;
  };
  return parseSequence();
}

/** Go string literals: "…" with escapes, or `…` raw. */
function goStrings(text) {
  const found = [];
  for (const match of text.matchAll(/"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g)) {
    found.push({ value: match[2] ?? JSON.parse(`"${match[1].replace(/\\'/g, "'")}"`), index: match.index, raw: match[0] });
  }
  return found;
}

/** The `[]string{ … }` literal that starts at `from`, as its source text. */
function braceBlock(text, from) {
  const open = text.indexOf("{", from);
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === "`") index = closingOf(text, "`", index);
    else if (text[index] === '"') index = closingOf(text, '"', index);
    else if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return text.slice(open + 1, index);
  }
  return "";
}

const utilsPatterns = {
  Numeric: (size) => `[0-9]{${size}}`,
  Hex: (size) => `[a-f0-9]{${size}}`,
  AlphaNumeric: (size) => `[a-z0-9]{${size}}`,
  AlphaNumericExtendedShort: (size) => `[a-z0-9_-]{${size}}`,
  AlphaNumericExtended: (size) => `[a-z0-9=_\\-]{${size}}`,
  AlphaNumericExtendedLong: (size) => `[a-z0-9\\/=_\\+\\-]{${size}}`,
  Hex8_4_4_4_12: () => "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
};

/** Evaluates a gitleaks sample expression: string literals, `secrets.NewSecret(<pattern>)` and `utils.<Pattern>("n")`, joined by `+`. */
function evaluateSample(expression, random) {
  let out = "";
  for (const part of splitTopLevel(expression, "+")) {
    const trimmed = part.trim();
    const literal = goStrings(trimmed);
    if (literal.length === 1 && literal[0].raw === trimmed) {
      out += literal[0].value;
      continue;
    }
    const secret = /^secrets\.NewSecret\(([\s\S]*)\)$/.exec(trimmed);
    if (!secret) return undefined;
    const inner = secret[1].trim();
    const helper = /^utils\.(\w+)\((?:"(\d+)")?\)$/.exec(inner);
    const pattern = helper ? utilsPatterns[helper[1]]?.(helper[2]) : goStrings(inner).length === 1 && goStrings(inner)[0].raw === inner ? goStrings(inner)[0].value : undefined;
    if (pattern === undefined) return undefined;
    out += exampleOf(pattern, random);
  }
  return out;
}

/** The text up to the parenthesis that closes the call it is the rest of. */
function untilClose(text) {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "`" || char === '"') index = closingOf(text, char, index);
    else if (char === "(") depth++;
    else if (char === ")" && depth-- === 0) return text.slice(0, index);
  }
  return text;
}

/** Where the quote opened at `from` closes (the end of the text when it never does). */
function closingOf(text, quote, from) {
  for (let index = from + 1; index < text.length; index++) {
    if (quote === '"' && text[index] === "\\") index++;
    else if (text[index] === quote) return index;
  }
  return text.length;
}

function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "`") index = closingOf(text, "`", index);
    else if (char === '"') index = closingOf(text, '"', index);
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(last, index));
      last = index + 1;
    }
  }
  parts.push(text.slice(last));
  return parts;
}

/** gitleaks: each rule file's literal tps/fps and the samples it generates with GenerateSampleSecret(s). */
function gitleaksCases() {
  const source = mirrorOf("gitleaks/gitleaks", mirrors);
  const random = createRandom(15);
  const cases = [];
  for (const file of source.list("cmd/generate/config/rules/").filter((name) => name.endsWith(".go") && !name.endsWith("_test.go"))) {
    const family = path.basename(file, ".go");
    const text = source.show(file).replace(/^\s*\/\/.*$/gm, "");
    const add = (expected, value, how) => cases.push({ source: { repo: source.repo, commit: source.commit, path: file }, family, expected, how, kind: "text", text: value });
    for (const match of text.matchAll(/\b(tps|fps)\s*(?::=|=)\s*(?:append\(\s*\w+\s*,\s*)?\[\]string\s*\{/g)) {
      for (const element of splitTopLevel(braceBlock(text, match.index), ",")) {
        const trimmed = element.trim();
        const literal = goStrings(trimmed);
        if (trimmed !== "" && literal.length === 1 && literal[0].raw === trimmed) add(match[1] === "tps" ? "positive" : "negative", literal[0].value, `${match[1]} literal`);
      }
    }
    // Samples gitleaks generates from the rule's own secret pattern; the statement they sit in says tps or fps.
    for (const match of text.matchAll(/utils\.GenerateSampleSecrets?\(\s*"([^"]+)"\s*,/g)) {
      const statement = text.slice(text.lastIndexOf("\n", match.index) + 1, match.index);
      const expression = untilClose(text.slice(match.index + match[0].length));
      const value = /\bfps\b/.test(statement) ? undefined : evaluateSample(expression, random);
      if (value !== undefined) cases.push({ source: { repo: source.repo, commit: source.commit, path: file }, family, expected: "positive", how: "generated sample", kind: "assignment", name: `${match[1]}Token`, text: value });
    }
  }
  return cases;
}

/** Rules whose tests are not about credentials in source (a `.env` file's presence, a home directory, Kubernetes manifests, comment directives, user patterns, presets repeating the rules). */
const secretlintSkipped = /^(?:preset-|filter-comments|example|pattern|no-homedir|no-dotenv|no-k8s-kind-secret)/;

/** secretlint: `ng.*` snapshot inputs give one positive per reported range (its whole lines); `ok.*` inputs give one negative per line. */
function secretlintCases() {
  const source = mirrorOf("secretlint/secretlint", mirrors);
  const cases = [];
  const inputs = source.list("packages/@secretlint/").filter((file) => /secretlint-rule-[^/]+\/test\/snapshots\/[^/]+\/input\.[^/]+$/.test(file));
  for (const file of inputs) {
    const [, rule, snapshot] = /secretlint-rule-([^/]+)\/test\/snapshots\/([^/]+)\//.exec(file);
    if (secretlintSkipped.test(rule) || fs.existsSync(file)) continue;
    const input = source.show(file);
    const origin = { repo: source.repo, commit: source.commit, path: file };
    if (snapshot.startsWith("ok")) {
      for (const line of input.split("\n")) if (line.trim() !== "" && !/^\s*(?:#|\/\/)/.test(line)) cases.push({ source: origin, family: rule, expected: "negative", how: "ok snapshot line", kind: "text", text: line });
      continue;
    }
    let output;
    try {
      output = JSON.parse(source.show(file.replace(/input\.[^/]+$/, "output.json")));
    } catch {
      continue;
    }
    for (const message of output.messages ?? []) {
      const [from, to] = message.range;
      const start = input.lastIndexOf("\n", from - 1) + 1;
      const endOfLine = input.indexOf("\n", to);
      cases.push({ source: origin, family: rule, expected: "positive", how: `ng snapshot (${message.messageId})`, kind: "text", text: input.slice(start, endOfLine === -1 ? input.length : endOfLine) });
    }
  }
  return cases;
}

/** One TypeScript file per case: the text as a string literal, or a generated sample as the assignment gitleaks' Go sample makes. */
function sourceOf(entry) {
  if (entry.kind === "assignment") return `export const ${entry.name.replace(/[^A-Za-z0-9_]/g, "_")} = ${JSON.stringify(entry.text)};\n`;
  const template = !entry.text.includes("`") && !entry.text.includes("${") && entry.text.includes("\n");
  return `export const sample = ${template ? "`" + entry.text.replace(/\\/g, "\\\\") + "`" : JSON.stringify(entry.text)};\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const cases = [...gitleaksCases(), ...secretlintCases()].map((entry, index) => ({ id: `case-${String(index).padStart(5, "0")}`, ...entry }));
  fs.rmSync(corpusDirectory, { recursive: true, force: true });
  fs.mkdirSync(path.join(corpusDirectory, "src"), { recursive: true });
  fs.writeFileSync(path.join(corpusDirectory, "package.json"), JSON.stringify({ name: "secrets-corpus", private: true }));
  for (const entry of cases) fs.writeFileSync(path.join(corpusDirectory, "src", `${entry.id}.ts`), sourceOf(entry));
  fs.writeFileSync(path.join(corpusDirectory, "cases.json"), JSON.stringify(cases.map(({ text, ...rest }) => ({ ...rest, length: text.length })), null, 1));
  const count = (expected) => cases.filter((entry) => entry.expected === expected).length;
  const sources = [...new Set(cases.map((entry) => `${entry.source.repo}@${entry.source.commit.slice(0, 12)}`))];
  console.log(`${cases.length} cases (${count("positive")} positive, ${count("negative")} negative) from ${sources.join(", ")} in ${corpusDirectory}`);
}
