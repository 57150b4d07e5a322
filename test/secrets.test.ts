// The secret detectors (formats, entropy, placeholders, names) and the rule's promise never to repeat a value:
// no message, fix title, edit or written file of a hardcoded-secret finding contains the flagged literal.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { parseSource } from "../rules/engine/analyze.js";
import { fixUntilStable, lintSources } from "../rules/lint-project.js";
import type { Finding } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import {
  clientExposedPrefixOf,
  envNameWithPrefix,
  findSecretFormat,
  isPlaceholder,
  isPublicCredential,
  isSecretName,
  isSwitchValue,
  isWeakSecret,
  isWeakSecretOnItsOwn,
  looksRandom,
  redactSecretsIn,
  shannonEntropy,
  toEnvName,
} from "../rules/model/secrets.js";
import { redact, withPreviews } from "../rules/model/previews.js";
import { quoteNode, secretLiteralsOf } from "../rules/model/secret-literals.js";
import { summarizeFile } from "../rules/model/summarize.js";
import { listSourceFiles, loadFixtureConfig, sourceFilePattern } from "./fixture-harness.js";

const ruleId = "hardcoded-secret";
const fixtureDirectory = path.resolve(__dirname, "../test-fixtures/rules", ruleId);

function formatOf(value: string): string | undefined {
  return findSecretFormat(value)?.format.id;
}

function fakeJwt(payload: Record<string, unknown>): string {
  const encode = (part: unknown): string => Buffer.from(JSON.stringify(part)).toString("base64url");
  return `${encode({ alg: "HS256", typ: "JWT" })}.${encode(payload)}.Qm9ndXNTaWduYXR1cmVGb3JUZXN0czAxMjM0NTY3`;
}

describe("secret formats", () => {
  it("recognises each vendor's credential shape", () => {
    assert.equal(formatOf("AKIAQ7RZ3MK2XWZPLD4T"), "aws-access-key-id");
    assert.equal(formatOf("sk_live_Q3fz8LmW1pRt6YvK0aHs2NdJ4c"), "stripe-secret-key");
    assert.equal(formatOf("rk_live_Pz93kWmQ18LrTe6YvK0aHs2NdJ"), "stripe-secret-key");
    assert.equal(formatOf("ghp_R8kz2Lm9QwX4pTe7YvN1aHs5DjC3bF6gU0iO"), "github-token");
    assert.equal(formatOf("github_pat_11ABCDEFG0aZ9yX8wV7uT6_sR5qP4oN3mL2kJ1iH0gF9eD8cB7aZ6yX5wV4uT3sR2qP1oN0mL9kJ8iH7gF"), "github-fine-grained-token");
    assert.equal(formatOf("xoxb-918273645501-2039485761234-Zq8Lm2Wk9RtPx4YvNe7aHs1D"), "slack-token");
    assert.equal(formatOf("AIzaSyQ8zL2mW9kR4tPx7YvNe1aHs5DjC3bF6gU"), "google-api-key");
    assert.equal(formatOf("sk-proj-Zq8Lm2Wk9RtPx4YvNe7aHs1DjC5bF3gU6iO0pQ2wE8rT"), "openai-api-key");
    assert.equal(formatOf("sk-ant-api03-Zq8Lm2Wk9RtPx4YvNe7aHs1DjC5bF3gU6iO0pQ2wE8rT-Xy7Vb4Nm1Kl9Jh3Gf5Ds2Aq"), "anthropic-api-key");
    assert.equal(formatOf("SK0f9e8d7c6b5a49382716a5b4c3d2e1f0"), "twilio-api-key");
    assert.equal(formatOf("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"), "sendgrid-api-key");
    assert.equal(formatOf("postgres://orders:Vq8Lm2Wk9RtPx4@db.prod.internal:5432/orders"), "connection-url-password");
  });

  it("tells a Supabase service-role key from a public anon key and reads other JWTs as JWTs", () => {
    assert.equal(formatOf(fakeJwt({ role: "service_role", iss: "supabase" })), "supabase-service-role-key");
    assert.equal(formatOf(fakeJwt({ role: "anon", iss: "supabase" })), undefined);
    assert.equal(formatOf(fakeJwt({ sub: "user_42", iat: 1718000000 })), "jwt");
    assert.ok(isPublicCredential(fakeJwt({ role: "anon" })));
  });

  it("finds a PEM private key with a body but not a PEM stub or a public key", () => {
    const body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7Vq8Lm2Wk9RtPx4YvNe7aHs1DjC5bF3gU6iO0pQ2wE8rT";
    assert.equal(formatOf(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`), "pem-private-key");
    assert.equal(formatOf("-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----"), undefined);
    assert.equal(formatOf(`-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`), undefined);
  });

  it("finds a credential inside a longer string", () => {
    const match = findSecretFormat("Bearer ghp_R8kz2Lm9QwX4pTe7YvN1aHs5DjC3bF6gU0iO");
    assert.equal(match?.start, "Bearer ".length);
  });

  it("rejects documentation examples, placeholders, publishable keys and local or credential-free URLs", () => {
    assert.equal(formatOf("AKIAIOSFODNN7EXAMPLE"), undefined);
    assert.equal(formatOf("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"), undefined);
    assert.equal(formatOf("pk_live_Q3fz8LmW1pRt6YvK0aHs2NdJ4c"), undefined);
    assert.ok(isPublicCredential("pk_live_Q3fz8LmW1pRt6YvK0aHs2NdJ4c"));
    assert.equal(formatOf("postgres://postgres:postgres@localhost:5432/app"), undefined);
    assert.equal(formatOf("postgres://app:<password>@db.prod.internal/app"), undefined);
    assert.equal(formatOf("redis://cache.prod.internal:6379"), undefined);
    assert.equal(formatOf("mongodb+srv://app:${MONGO_PASSWORD}@cluster0.mongodb.net/app"), undefined);
  });
});

describe("entropy and placeholders", () => {
  it("measures Shannon entropy in bits per character", () => {
    assert.equal(shannonEntropy(""), 0);
    assert.equal(shannonEntropy("aaaaaaaa"), 0);
    assert.equal(shannonEntropy("abcd"), 2);
    assert.equal(shannonEntropy("0123456789abcdef"), 4);
  });

  it("calls generated-looking values random, by their charset's standard", () => {
    assert.ok(looksRandom("392fbda20041fe6247a962c676d16f041669e6a5"), "40 hex chars");
    assert.ok(looksRandom("3g+psihogJT9PTmknOJKlkLAdvRhIh2H0o+uy5lA"), "base64");
    assert.ok(looksRandom("Bearer Zq8Lm2Wk9RtPx4YvNe7aHs1D"), "a bearer header value");
    assert.ok(!looksRandom("Zq8Lm2Wk9RtPx4"), "shorter than 16");
    assert.ok(!looksRandom("acme.auth.accessToken"), "an identifier without digits");
    assert.ok(!looksRandom("The token expired 2 minutes ago"), "prose");
    assert.ok(!looksRandom("https://api.example.com/v2/tokens"), "a URL");
    assert.ok(!looksRandom("/etc/acme/keys/signing-2024.pem"), "a path");
    assert.ok(!looksRandom("aaaaaaaaaaaaaaaaaaaa1"), "low entropy");
  });

  it("recognises placeholders", () => {
    for (const value of ["your-api-key", "<token>", "xxx", "xoxb-your-token-here", "***", "changeme", "REPLACE_ME", "sk_test_abc", "dummy-secret", "aaaaaaaa", "insert-key-here"]) {
      assert.ok(isPlaceholder(value), `${redact(value)} should be a placeholder`);
    }
    assert.ok(!isPlaceholder("Zq8Lm2Wk9RtPx4YvNe7aHs1D"));
    assert.ok(!isPlaceholder("latest-contest-key9"), "`test` inside a word is not a marker");
  });

  it("takes on/off words for switches, never digits", () => {
    for (const value of ["false", "TRUE", "off", "on", "yes", "no"]) assert.ok(isSwitchValue(value), `${value} is a switch`);
    // `SIGNING_KEY || "1"` is a key anyone can guess: a digit fallback stays reported.
    for (const value of ["0", "1", "falsey", "offline"]) assert.ok(!isSwitchValue(value), `${value} is no switch`);
  });

  it("knows the weak secrets tutorials use as defaults", () => {
    assert.ok(isWeakSecret("keyboard cat"));
    assert.ok(isWeakSecret("dev_secret"));
    assert.ok(isWeakSecret("ChangeMe"));
    assert.ok(!isWeakSecret("development"));
    // An everyday setting value is weak only beside a secret-like name.
    assert.ok(isWeakSecret("default"));
    assert.ok(!isWeakSecretOnItsOwn("default"));
    assert.ok(isWeakSecretOnItsOwn("changeme"));
  });
});

describe("secret names", () => {
  it("tells names that hold credentials from names that describe them", () => {
    for (const name of ["apiKey", "clientSecret", "JWT_SECRET", "dbPassword", "privateKey", "accessToken", "secretAccessKey", "x-api-key", "STRIPE_SECRET_KEY"]) {
      assert.ok(isSecretName(name), name);
    }
    for (const name of ["tokenUrl", "passwordMinLength", "cacheKey", "key", "publishableKey", "SUPABASE_ANON_KEY", "accessKeyId", "csrfTokenHeader", "JWT_EXPIRES_IN"]) {
      assert.ok(!isSecretName(name), name);
    }
  });

  it("flags secret-like names behind client-exposed prefixes, except keys that are public by design", () => {
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_STRIPE_SECRET_KEY"), "NEXT_PUBLIC_");
    assert.equal(clientExposedPrefixOf("VITE_API_SECRET"), "VITE_");
    assert.equal(clientExposedPrefixOf("EXPO_PUBLIC_UPLOAD_TOKEN"), "EXPO_PUBLIC_");
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_SUPABASE_ANON_KEY"), undefined);
    // Browser keys vendors issue for client use: an API or write key under the prefix is public by design.
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_ANALYTICS_API_KEY"), undefined);
    assert.equal(clientExposedPrefixOf("VITE_SEARCH_CLIENT_KEY"), undefined);
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_SERVICE_ROLE_KEY"), "NEXT_PUBLIC_");
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY"), undefined);
    assert.equal(clientExposedPrefixOf("NEXT_PUBLIC_FIREBASE_API_KEY"), undefined);
    assert.equal(clientExposedPrefixOf("STRIPE_SECRET_KEY"), undefined);
  });

  it("derives environment variable names", () => {
    assert.equal(toEnvName("stripeSecretKey"), "STRIPE_SECRET_KEY");
    assert.equal(toEnvName("x-api-key"), "API_KEY");
    assert.equal(envNameWithPrefix("OPENAI", "apiKey"), "OPENAI_API_KEY");
    assert.equal(envNameWithPrefix("STRIPE", "stripeSecretKey"), "STRIPE_SECRET_KEY");
  });

  it("redacts to at most four characters and the length, fewer for short values", () => {
    assert.equal(redact("sk_live_Q3fz8LmW1pRt6YvK0aHs2NdJ4c"), "sk_l…[redacted, 34 chars]");
    assert.equal(redact("dev"), "d…[redacted, 3 chars]");
  });
});

describe("previews of credentials in values and source", () => {
  // Fake, shaped to match the Stripe and GitHub detectors.
  const stripeKey = ["sk", "live", "H4rdenPreviewCheck0nly7Qz4Wm9R"].join("_");
  const githubToken = ["ghp", "H4rdenPreviewCheck0nlyZ7q4Wm9Rt2Yp8Xc5V"].join("_");

  it("shows every known credential inside a decoded value as its preview, and leaves other values alone", () => {
    assert.equal(redactSecretsIn(`/hooks/${stripeKey}/then/${githubToken}`), `/hooks/${redact(stripeKey)}/then/${redact(githubToken)}`);
    assert.equal(redactSecretsIn("/users/:id/orders"), "/users/:id/orders");
    assert.equal(redact(stripeKey), "sk_l…[redacted, 38 chars]");
  });

  it("finds a literal's credential on its decoded value, whatever escapes or line breaks it is written with", () => {
    const escaped = stripeKey.replace("0", "\\u0030");
    const pem = ["-----BEGIN RSA PRIVATE KEY-----", "A".repeat(20) + "b".repeat(20) + "0123456789", "Zz9".repeat(20), "-----END RSA PRIVATE KEY-----"].join("\n");
    const text = `client.session("\\/hooks\\/${escaped}").accessToken;\nconst key = \`${pem}\`;\nconst url = \`/x/${githubToken}/\${id}\`;\n`;
    const sourceFile = parseSource("/project/src/a.ts", text);
    const ranges = secretLiteralsOf(sourceFile);
    assert.deepEqual(
      ranges.map((range) => text.slice(range.start, range.end)),
      [`\\/hooks\\/${escaped}`, pem, `/x/${githubToken}/`],
      "each range is a literal's value between its delimiters, every line of a multi-line one included",
    );
    assert.deepEqual(ranges.map((range) => range.preview), [redact(`/hooks/${stripeKey}`), redact(pem), redact(`/x/${githubToken}/`)]);
    const statement = sourceFile.statements[0] as ts.ExpressionStatement;
    assert.equal(quoteNode(statement.expression), `client.session("${redact(`/hooks/${stripeKey}`)}").accessToken`);
    assert.equal(withPreviews(text, ranges).split("\n").length, 4, "a multi-line literal shows as one preview");
  });

  it("keeps route paths in summaries as previews", () => {
    const escaped = stripeKey.replace("0", "\\u0030");
    const text = `import express from "express";\nconst app = express();\napp.post("\\/hooks\\/${escaped}", (req, res) => res.json({}));\nexport const OPEN_PATHS = ["/health", "/hooks/${stripeKey}", "${stripeKey}"];\n`;
    const summary = summarizeFile("/project/src/app.ts", parseSource("/project/src/app.ts", text));
    assert.deepEqual(summary.routes.map((route) => route.path), [`/hooks/${redact(stripeKey)}`]);
    assert.deepEqual(summary.pathLists, [{ name: "OPEN_PATHS", values: ["/health", `/hooks/${redact(stripeKey)}`] }], "a path list keeps paths only, as previews");
    assert.ok(!JSON.stringify(summary).includes(stripeKey.slice(4, 12)));
  });

  it("shows the first of overlapping ranges whole", () => {
    const ranges = [{ start: 2, end: 8, preview: "<a>" }, { start: 3, end: 5, preview: "<b>" }, { start: 9, end: 10, preview: "<c>" }];
    assert.equal(withPreviews("0123456789", ranges), "01<a>8<c>");
    assert.equal(withPreviews("456789", ranges, 4), "<a>8<c>", "a range reaching into the text is hidden there too");
    assert.equal(withPreviews("34", ranges, 3), "<a>", "a text inside a range shows its preview only");
  });
});

describe("rule hardcoded-secret never repeats a value", () => {
  const files = listSourceFiles(fixtureDirectory);
  const sources = files.map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") }));
  const config = loadFixtureConfig(fixtureDirectory, registry);
  const findings = lintSources(sources, config, registry)
    .files.flatMap((file) => file.findings)
    .filter((finding) => finding.ruleId === ruleId);
  const flaggedValues = findings.flatMap((finding) => literalsUnder(finding));

  it("has findings with literals to check", () => {
    assert.ok(findings.length >= 15 && flaggedValues.length >= 15);
  });

  it("shows a flagged literal in no message, fix title, edit or file write beyond its redacted preview", () => {
    for (const finding of findings) {
      const where = `${path.relative(fixtureDirectory, finding.filePath)}:${finding.location.line}`;
      const outputs = [finding.message, ...finding.fixes.flatMap((fix) => [fix.title, ...fix.edits.map((e) => e.newText), ...fix.files.map((f) => f.text)])];
      for (const value of literalsUnder(finding)) {
        // Eight characters are more than any preview shows, and rarely occur in a derived name by chance.
        const revealing = value.slice(0, 8);
        assert.ok(!outputs.some((output) => output.includes(revealing)), `${where} shows more of the value than its redacted preview`);
        assert.ok(finding.message.includes(redact(value)), `${where} message lacks the redacted preview`);
      }
    }
  });

  it("writes no flagged value to any file when every fix is applied, and declares each variable empty in .env.example", () => {
    const { changed } = fixUntilStable(new Map(sources.map((s) => [s.filePath, s.text])), config, registry, {
      kinds: ["safe", "scaffold", "suggestion"],
      accept: (finding) => finding.ruleId === ruleId,
      readExtraFile: () => undefined,
      isSourceFile: (candidate) => sourceFilePattern.test(candidate),
    });
    // A value whose finding offers no fix (a credential inside a longer text) stays where the author wrote it, and only there.
    const fixedValues = new Set(findings.filter((finding) => finding.fixes.length > 0).flatMap((finding) => literalsUnder(finding)));
    const originalText = new Map(sources.map((source) => [source.filePath, source.text]));
    for (const [filePath, text] of changed) {
      for (const value of flaggedValues) {
        const leftInPlace = !fixedValues.has(value) && (originalText.get(filePath) ?? "").includes(value);
        assert.ok(leftInPlace || !text.includes(value), `${path.relative(fixtureDirectory, filePath)} contains the flagged value ${redact(value)}`);
      }
    }
    const envExample = changed.get(path.join(fixtureDirectory, ".env.example")) ?? "";
    assert.ok(envExample.split("\n").includes("STRIPE_SECRET_KEY="));
    assert.ok(envExample.split("\n").includes("SUPABASE_SERVICE_ROLE_KEY="));
    assert.ok(envExample.split("\n").every((line) => line === "" || /^[A-Z][A-Z0-9_]*=$/.test(line)), ".env.example holds names only");
  });

  it("reports secrets in test files at warn and elsewhere at error", () => {
    // The fixture's `test/` and `integration-tests/` folders are test code.
    const inTests = findings.filter((f) => ["test", "integration-tests"].includes(path.relative(fixtureDirectory, f.filePath).split(path.sep)[0] ?? ""));
    assert.ok(inTests.length > 0 && inTests.every((f) => f.severity === "warn"));
    assert.ok(findings.filter((f) => !inTests.includes(f)).every((f) => f.severity === "error"));
  });
});

/** The string literals a finding underlines (none for an env-name finding). */
function literalsUnder(finding: Finding): string[] {
  const sourceFile = parseSource(finding.filePath, fs.readFileSync(finding.filePath, "utf8"));
  const values: string[] = [];
  const visit = (node: ts.Node): void => {
    if (node.getEnd() <= finding.span.start || node.getStart(sourceFile) >= finding.span.end) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) values.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return values;
}
