// The JSON schema the extension contributes for harden.config.json is generated from the zod schema; it must be
// current and must accept and reject the same files the engine does.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { parseConfigText } from "../rules/engine/config.js";
import { registry } from "../rules/index.js";
import { configJsonSchemaPath, configJsonSchemaText } from "../scripts/config-json-schema.js";

const root = path.resolve(__dirname, "..");
const committedSchema = () => fs.readFileSync(path.join(root, configJsonSchemaPath), "utf8");

function acceptedByEngine(text: string): boolean {
  try {
    parseConfigText(text, "harden.config.json", registry);
    return true;
  } catch {
    return false;
  }
}

describe("harden.config.json JSON schema", () => {
  it(`${configJsonSchemaPath} is current (run \`npm run schema\` to regenerate it)`, () => {
    assert.equal(committedSchema(), configJsonSchemaText());
  });

  it("the extension manifest points jsonValidation at it", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: "harden.config.json", url: `./${configJsonSchemaPath}` }]);
  });

  const fixtureConfigs = fs
    .readdirSync(path.join(root, "test-fixtures/rules"))
    .map((rule) => path.join(root, "test-fixtures/rules", rule, "harden.config.json"))
    .filter((file) => fs.existsSync(file))
    .map((file) => ({ label: path.relative(root, file), text: fs.readFileSync(file, "utf8") }));
  const samples = [
    ...fixtureConfigs,
    { label: "an unknown top-level key", text: '{ "rulez": {} }' },
    { label: "an unknown severity", text: '{ "rules": { "missing-auth": "fatal" } }' },
    { label: "a severity with options", text: '{ "rules": { "missing-timeout": ["warn", { "defaultMs": 5000 }] } }' },
    { label: "globs that are not strings", text: '{ "ignore": [1] }' },
    { label: "an unknown rule id", text: '{ "rules": { "missing-authz": "warn" } }' },
    { label: "a rule's own option", text: '{ "rules": { "missing-timeout": ["warn", { "timeoutMs": 5000 }] } }' },
    { label: "an option out of range", text: '{ "rules": { "missing-timeout": ["warn", { "timeoutMs": -1 }] } }' },
    { label: "options for a rule that takes none", text: '{ "rules": { "timestamp-id": ["warn", { "strict": true }] } }' },
  ];

  it("completes every rule id under `rules`, with its summary and its options", () => {
    const schema = JSON.parse(committedSchema()) as { properties: { rules: { properties: Record<string, { description?: string; anyOf: Array<{ items?: unknown[] }> }> } } };
    const rules = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(rules).sort(), registry.map((rule) => rule.id).sort());
    for (const rule of registry) assert.equal(rules[rule.id]!.description, rule.meta.summary, rule.id);
    const timeoutOptions = rules["missing-timeout"]!.anyOf.at(-1)!.items![1] as { properties: Record<string, unknown> };
    assert.deepEqual(Object.keys(timeoutOptions.properties).sort(), ["connectionTimeoutMs", "timeoutMs"]);
  });

  for (const sample of samples) {
    it(`agrees with the engine on ${sample.label}`, () => {
      const validate = new Ajv({ strict: false }).compile(JSON.parse(committedSchema()));
      assert.equal(validate(JSON.parse(sample.text)), acceptedByEngine(sample.text));
    });
  }
});
