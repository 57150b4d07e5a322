// The catalogue of credential formats: every row recognises a token built from its own documented shape, and stays
// silent on the same shape filled with a placeholder. Examples are generated here from each pattern's structure with
// a seeded generator (checksummed formats get a valid checksum), so no real key is ever written down.
import * as assert from "node:assert/strict";
import { catalogueFormats, catalogueProviders, crc32, hasCrc32Checksum, namedFormats, toBase62, type SecretFormat } from "../rules/model/secret-formats.js";
import { findNamedSecretFormat, findSecretFormat } from "../rules/model/secrets.js";

/** mulberry32: the same examples on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const classes: Record<string, string> = { d: "0123456789", w: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_" };

/** A string matching the subset of regular expressions the catalogue is written in; the first alternative of a group. */
function exampleOf(source: string, random: () => number): string {
  let index = 0;
  // No `x`: a run of them marks a placeholder (`sk-xxxx…`), which the catalogue rightly turns away.
  const pick = (alphabet: string): string => {
    const letters = alphabet.replace(/[xX]/g, "") || alphabet;
    return letters[Math.floor(random() * letters.length)]!;
  };
  const parseClass = (): string => {
    let alphabet = "";
    index++; // [
    while (source[index] !== "]") {
      let char = source[index++]!;
      if (char === "\\") {
        const escaped = source[index++]!;
        alphabet += classes[escaped] ?? escaped;
        continue;
      }
      if (source[index] === "-" && source[index + 1] !== "]") {
        const last = source[index + 1]!;
        for (let code = char.charCodeAt(0); code <= last.charCodeAt(0); code++) alphabet += String.fromCharCode(code);
        index += 2;
        continue;
      }
      alphabet += char;
      char = "";
    }
    index++; // ]
    return alphabet;
  };
  const parseSequence = (): string => {
    let out = "";
    while (index < source.length && source[index] !== ")" && source[index] !== "|") {
      let atom: () => string;
      const char = source[index]!;
      if (char === "(") {
        index += source.startsWith("(?:", index) ? 3 : source.startsWith("(?<", index) ? source.indexOf(">", index) + 1 - index : 1;
        const first = parseSequence();
        while (source[index] === "|") {
          index++;
          parseSequence();
        }
        index++; // )
        atom = () => first;
      } else if (char === "[") {
        const alphabet = parseClass();
        atom = () => pick(alphabet);
      } else if (char === "\\") {
        const escaped = source[index + 1]!;
        index += 2;
        atom = classes[escaped] ? () => pick(classes[escaped]!) : () => escaped;
      } else {
        index++;
        atom = () => char;
      }
      let count = 1;
      const quantifier = /^(?:\{(\d+)(?:,(\d*))?\}|\?|\+|\*)/.exec(source.slice(index));
      if (quantifier) {
        index += quantifier[0].length;
        if (quantifier[0] === "?") count = 1;
        else if (quantifier[0] === "+" || quantifier[0] === "*") count = 1;
        else count = Number(quantifier[1]) + (quantifier[2] === undefined || quantifier[2] === "" ? 0 : Math.floor((Number(quantifier[2]) - Number(quantifier[1])) / 2));
        if (quantifier[0].includes(",") && quantifier[2] === "") count = Number(quantifier[1]) + 4;
      }
      for (let time = 0; time < count; time++) out += atom();
    }
    return out;
  };
  const first = parseSequence();
  return first;
}

/** The token source between the start and end guards of a catalogue pattern. */
function tokenSource(format: SecretFormat): string {
  const source = format.pattern.source;
  const open = source.indexOf("(?:");
  let depth = 0;
  for (let index = open; index < source.length; index++) {
    if (source[index] === "\\") {
      index++;
      continue;
    }
    if (source[index] === "(") depth++;
    if (source[index] === ")" && --depth === 0) return source.slice(open + 3, index);
  }
  throw new Error(`${format.id}: unbalanced pattern`);
}

const base64 = (text: string): string => Buffer.from(text).toString("base64").replace(/=+$/, "");

/** Formats whose structure check needs more than the pattern: their examples are built to the documented structure. */
function structuredExample(format: SecretFormat, random: () => number): string | undefined {
  const alnum = (length: number): string => exampleOf(`[A-Za-z0-9]{${length}}`, random);
  switch (format.id) {
    case "aws-access-key-id":
      return "AKIA" + exampleOf("[A-Z2-7]{16}", random);
    case "discord-bot-token":
      return `${base64("112233445566778899")}.${alnum(6)}.${alnum(27)}`;
    case "intercom-access-token":
      return base64(`tok:0b4f2c1e-9d3a-4e5b-8c7d-6a5f4e3d2c1b:${alnum(12)}:${alnum(16)}`);
    case "sentry-organization-token":
      return `sntrys_${base64(JSON.stringify({ iat: 1718000000, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" }))}_${alnum(43)}`;
    case "github-token": {
      const body = alnum(30);
      return `ghp_${body}${toBase62(crc32(body)).padStart(6, "0")}`;
    }
    case "npm-access-token": {
      const body = alnum(30);
      return `npm_${body}${toBase62(crc32(body)).padStart(6, "0")}`;
    }
    case "slack-webhook-url":
      return `https://hooks.slack.com/services/T${exampleOf("[A-Z0-9]{9}", random)}/B${exampleOf("[A-Z0-9]{9}", random)}/${alnum(24)}`;
    default:
      return undefined;
  }
}

const vendorFormats = catalogueFormats.filter((format) => !format.isSelfMinted && format.provider !== "Supabase" && format.id !== "jwt");

/** A stream of its own per format, so adding or dropping a format never changes another format's example. */
function randomFor(id: string): () => number {
  let seed = 15;
  for (const char of id) seed = Math.imul(seed, 31) + char.charCodeAt(0);
  return seeded(seed);
}

describe("secret format catalogue", () => {

  it("covers at least 150 providers", () => {
    assert.ok(catalogueProviders().length >= 150, `${catalogueProviders().length} providers`);
  });

  it("gives every format a unique id", () => {
    const ids = [...catalogueFormats, ...namedFormats].map((format) => format.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  for (const format of vendorFormats) {
    it(`recognises a ${format.id} built from its documented shape, and not the shape filled with x`, () => {
      const random = randomFor(format.id);
      const example = structuredExample(format, random) ?? exampleOf(tokenSource(format), random);
      const found = findSecretFormat(`token: ${example}`);
      assert.equal(found?.format.id, format.id, `${format.id}: an example of ${example.length} characters`);
      assert.equal(found?.start, "token: ".length);
      const keyword = format.keywords.find((candidate) => example.startsWith(candidate)) ?? "";
      const filled = keyword + example.slice(keyword.length).replace(/[A-Za-z0-9]/g, "x");
      assert.equal(findSecretFormat(filled)?.format.id === format.id, false, `${format.id}: a placeholder`);
    });
  }

  for (const format of namedFormats) {
    it(`recognises a ${format.id} under a name that mentions its provider, and not under another name`, () => {
      const example = exampleOf(format.value.source.replace(/^\^|\$$/g, "").replace(/^\(\?:key-\)\?/, ""), randomFor(format.id));
      const name = format.nameWords.map((group) => group[0]).join("_");
      assert.equal(findNamedSecretFormat(example, name)?.id, format.id, `${format.id} under ${name}`);
      assert.equal(findNamedSecretFormat(example, "requestId"), undefined);
    });
  }

  it("checks the CRC32 of GitHub and npm tokens", () => {
    const body = "Zq8Lm2Wk9RtPx4YvNe7aHs1DjC5bF3";
    const valid = `ghp_${body}${toBase62(crc32(body)).padStart(6, "0")}`;
    assert.ok(hasCrc32Checksum(valid));
    assert.ok(!hasCrc32Checksum(`ghp_${body}000000`));
    assert.equal(crc32("The quick brown fox jumps over the lazy dog"), 0x414fa339);
  });

  it("keeps documented test keys, public identifiers and stand-in webhook URLs silent", () => {
    for (const value of [
      "sk_test_" + "Q3fz8LmW1pRt6YvK0aHs2NdJ4c",
      "duffel_test_" + "Q3fz8LmW1pRt6YvK0aHs2NdJ4cWm9Rt2Yp8Xc5VbN7a",
      "EZTK" + "Q3fz8LmW1pRt6YvK0aHs2NdJ4cWm9Rt2Yp8Xc5VbN7aQ3fz8LmW1pRt6Y",
      "pk_live_" + "Q3fz8LmW1pRt6YvK0aHs2NdJ4c",
      "phc_" + "Q3fz8LmW1pRt6YvK0aHs2NdJ4cWm9Rt2Yp8Xc5VbN7a",
      "shippo_test_" + "0f9e8d7c6b5a49382716a5b4c3d2e1f00f9e8d7c",
      "https://hooks.slack.com/services/" + "T11111111/B22222222/" + "Y".repeat(24),
    ]) {
      assert.equal(findSecretFormat(value), undefined, value.slice(0, 4));
    }
  });
});

describe("credentials found by their context", () => {
  const formatOf = (value: string): string | undefined => findSecretFormat(value)?.format.id;

  it("finds a password in any URL, but not a stand-in, a variable or a local or documentation host", () => {
    assert.equal(formatOf("postgres://orders:Vq8Lm2Wk9RtPx4@db.prod.internal:5432/orders"), "connection-url-password");
    assert.equal(formatOf("https://deploy:Vq8Lm2Wk9RtPx4@registry.acme-corp.io/v2/"), "url-password");
    assert.equal(formatOf("amqp://worker:Wk9RtP2x4Yv@mq.acme-corp.io:5672"), "connection-url-password");
    assert.equal(formatOf("https://user:password@registry.acme-corp.io/"), undefined);
    assert.equal(formatOf("postgres://app:${DB_PASSWORD}@db.acme-corp.io/app"), undefined);
    assert.equal(formatOf("redis://default:Vq8Lm2Wk9RtPx4@localhost:6379"), undefined);
    assert.equal(formatOf("https://admin:Vq8Lm2Wk9RtPx4@example.com/"), undefined);
  });

  it("finds the password of curl -u and the token of an Authorization line, and only the credential", () => {
    const curl = "curl -u deploy:Wk9RtP2x4Yv https://api.acme-corp.io/builds";
    const found = findSecretFormat(curl);
    assert.equal(found?.format.id, "curl-credentials");
    assert.equal(curl.slice(found!.start, found!.end).length, "Wk9RtP2x4Yv".length);
    assert.equal(formatOf("curl -u $USER:$PASS https://api.acme-corp.io"), undefined);
    assert.equal(formatOf("Authorization: Bearer 7fQm2Wk9RtPx4YvNe1aHs5DjC3b"), "authorization-header");
    assert.equal(formatOf("Authorization: Bearer <token>"), undefined);
  });

  it("finds a secret in dotenv text by its name, and only the value", () => {
    const text = "PORT=3000\nSESSION_SECRET=7fQm2Wk9RtPx4YvNe1aHs5DjC3b\n";
    const found = findSecretFormat(text);
    assert.equal(found?.format.id, "dotenv-secret");
    assert.equal(found!.end - found!.start, "7fQm2Wk9RtPx4YvNe1aHs5DjC3b".length);
    assert.equal(formatOf("PORT=3000\nLOG_LEVEL=debug\nSESSION_SECRET=\n"), undefined);
    assert.equal(formatOf("DATADOG_API_KEY=0f9e8d7c6b5a49382716a5b4c3d2e1f0"), "dotenv-secret");
  });
});
