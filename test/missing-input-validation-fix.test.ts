// missing-input-validation's fix beyond what fixture snapshots (safe and scaffold fixes) show: the suggestion offered
// when the package lacks zod, the inputs that get no fix, the API used when the zod major is unknown, and fixed
// handlers type-checked (with the TypeScript checker, against zod 4 and zod 3's API) as the handler uses the data.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { Project, ts } from "ts-morph";
import { applyFixEdits } from "../rules/engine/apply-edits.js";
import { resolveConfig } from "../rules/engine/config.js";
import { lintSources, type LintResult } from "../rules/lint-project.js";
import type { Finding } from "../rules/engine/types.js";
import { registry } from "../rules/index.js";
import { listSourceFiles, loadFixtureConfig } from "./fixture-harness.js";

const ruleId = "missing-input-validation";
const fixtures = path.resolve(__dirname, "../test-fixtures/rules", ruleId);

describe("missing-input-validation fixes", function () {
  this.timeout(60_000);
  let fixtureResult: LintResult | undefined;
  const findingIn = (relative: string): Finding => {
    fixtureResult ??= lintSources(
      listSourceFiles(fixtures).map((filePath) => ({ filePath, text: fs.readFileSync(filePath, "utf8") })),
      loadFixtureConfig(fixtures, registry),
      registry,
    );
    const finding = fixtureResult.files.find((file) => file.filePath === path.join(fixtures, relative))?.findings.find((f) => f.ruleId === ruleId);
    assert.ok(finding, `a ${ruleId} finding in ${relative}`);
    return finding;
  };

  it("adds zod to the package's own package.json in the same scaffold when the package declares no validator", () => {
    const [fix, ...others] = findingIn("no-zod/signups.ts").fixes;
    assert.equal(others.length, 0);
    assert.equal(fix?.kind, "scaffold");
    assert.equal(fix.title, 'Validate the input with a zod schema and add "zod" ^4.1.0 to no-zod/package.json (then update the lockfile with your package manager)');
    assert.deepEqual(fix.files, [{ filePath: path.join(fixtures, "no-zod/package.json"), mode: "addJsonEntry", text: "", entry: { object: "dependencies", key: "zod", value: '"^4.1.0"' } }]);
    const fixed = applyFixEdits(fs.readFileSync(path.join(fixtures, "no-zod/signups.ts"), "utf8"), [fix.edits]).text;
    // The zod it adds is zod 4: its API, not the one both majors share.
    assert.match(fixed, /error: z\.flattenError\(parsed\.error\)/);
  });

  it("only suggests the zod scaffold, naming the package.json to add zod to, when the file has no package.json", () => {
    const root = path.resolve("/project");
    const filePath = path.join(root, "src/signups.ts");
    const text = [`import express from "express";`, ``, `const app = express();`, ``, `app.post("/signups", (req, res) => {`, `  res.json({ email: req.body.email.trim() });`, `});`, ``].join("\n");
    const config = resolveConfig({}, registry, root, "harden.config.json");
    const fix = lintSources([{ filePath, text }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId)?.fixes[0];
    assert.equal(fix?.kind, "suggestion");
    assert.deepEqual([fix.title, fix.suggestionReason], ["Validate the input with a zod schema", 'add "zod" to package.json first: it is not a dependency']);
    assert.deepEqual(fix.files, []);
    assert.match(applyFixEdits(text, [fix.edits]).text, /const createSignupBody = z\.object\(\{ email: z\.string\(\) \}\);/);
  });

  it("names the package's own validator in the suggestion's reason when the scaffold cannot be written in it", () => {
    const root = path.resolve("/project");
    const filePath = path.join(root, "src/invites.ts");
    const text = [`import express from "express";`, ``, `const app = express();`, ``, `app.post("/invites", (req, res) => {`, `  res.json({ email: req.body.email.trim() });`, `});`, ``].join("\n");
    const resolved = resolveConfig({}, registry, root, "harden.config.json");
    const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies: ["express", "yup"], validatorVersions: { yup: "^1.4.0" } }] } };
    const fix = lintSources([{ filePath, text }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId)?.fixes[0];
    assert.equal(fix?.kind, "suggestion");
    assert.equal(fix.suggestionReason, 'the package validates with yup: write it as a yup schema, or add "zod" to package.json');
  });

  it("keeps what the body's type literal declares: an optional member stays optional, a union is kept and let through", () => {
    const inbox = path.join(fixtures, "nest-dto/inbox/inbox.controller.ts");
    const dto = findingIn("nest-dto/inbox/inbox.controller.ts").fixes[0]?.files[0];
    assert.equal(dto?.filePath, path.join(path.dirname(inbox), "dto/create-archive.dto.ts"));
    assert.match(dto.text, /@IsOptional\(\)\n  @Allow\(\)\n  folder\?: string \| string\[\];/);
    assert.match(dto.text, /@IsString\(\)\n  reason!: string;/);
  });

  it("offers no fix for a raw text body, whose methods are not fields", () => {
    assert.deepEqual(findingIn("app/api/imports/route.ts").fixes, []);
  });

  it("offers no fix for a query passed on whole with no parameter read by name", () => {
    assert.deepEqual(findingIn("express/ticket-export.ts").fixes, []);
  });

  it("uses what zod 3 and 4 share when the declared range names no major", () => {
    const root = path.resolve("/project");
    const filePath = path.join(root, "src/callback.ts");
    const text = [
      `import express from "express";`,
      `import { exchange } from "./protocol";`,
      ``,
      `const app = express();`,
      ``,
      `app.post("/callback", async (req, res) => {`,
      `  if (req.body.state.trim().length !== 32) return res.status(400).end();`,
      `  res.json(await exchange(req.body));`,
      `});`,
      ``,
    ].join("\n");
    const resolved = resolveConfig({}, registry, root, "harden.config.json");
    const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies: ["express", "zod"], validatorVersions: { zod: "latest" } }] } };
    const finding = lintSources([{ filePath, text }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId);
    const fix = finding?.fixes[0];
    assert.equal(fix?.kind, "scaffold");
    const fixed = applyFixEdits(text, [fix.edits]).text;
    assert.match(fixed, /const createCallbackBody = z\.object\(\{ state: z\.string\(\) \}\)\.catchall\(z\.unknown\(\)\);/);
    assert.match(fixed, /return res\.status\(400\)\.json\(\{ error: parsed\.error\.issues \}\);/);
    assert.match(fixed, /exchange\(parsed\.data\)/);
  });
});

describe("missing-input-validation fixes type-check", function () {
  this.timeout(120_000);
  const root = path.resolve(__dirname, "../.type-check-project");
  const handlers = (zodImport: string): Record<string, string> => ({
    "app/api/orders/route.ts": [
      `import { z } from "${zodImport}";`,
      ``,
      `export const currency = z.enum(["eur", "usd"]);`,
      ``,
      `export async function POST(request: Request) {`,
      `  const order = await request.json();`,
      `  const total: number = order.quantity * order.unitPrice;`,
      `  const note: string = order.comment.text.trim();`,
      `  const tags: string[] = order.tags.map((tag: string) => tag.toLowerCase());`,
      `  return Response.json({ total, note, tags, sku: order.sku, gift: order.gift ?? false });`,
      `}`,
      ``,
    ].join("\n"),
    "app/api/feedback/route.ts": [
      `import { z } from "${zodImport}";`,
      ``,
      `export const rating = z.number().int();`,
      ``,
      `export async function POST(request: Request) {`,
      `  const form = await request.formData();`,
      `  const upload = form.get("upload");`,
      `  const size = upload instanceof File ? upload.size : 0;`,
      `  return Response.json({ title: String(form.get("title")).trim(), size, labels: form.getAll("labels").length });`,
      `}`,
      ``,
    ].join("\n"),
  });

  for (const [zodImport, range] of [["zod", "^4.1.0"], ["zod/v3", "^3.25.0"]] as const) {
    it(`applies cleanly to JSON and FormData handlers under ${zodImport}`, () => {
      const sources = Object.entries(handlers(zodImport)).map(([relative, text]) => ({ filePath: path.join(root, relative), text }));
      const resolved = resolveConfig({}, registry, root, "harden.config.json");
      const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies: ["zod"], validatorVersions: { zod: range } }] } };
      const fixed = sources.map(({ filePath, text }) => {
        const finding = lintSources(sources, config, registry).files.find((file) => file.filePath === filePath)?.findings.find((f) => f.ruleId === ruleId);
        assert.equal(finding?.fixes[0]?.kind, "scaffold", `a scaffold for ${filePath}`);
        return { filePath, text: applyFixEdits(text, [finding.fixes[0].edits]).text };
      });
      assert.match(fixed[0]!.text, zodImport === "zod" ? /z\.flattenError\(parsed\.error\)/ : /parsed\.error\.flatten\(\)/);
      const project = new Project({
        compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], skipLibCheck: true, noEmit: true },
      });
      for (const { filePath, text } of fixed) project.createSourceFile(filePath, text, { overwrite: true });
      const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`);
      assert.deepEqual(diagnostics, [], fixed.map((file) => file.text).join("\n---\n"));
    });
  }

  // The package declares the validator (the test resolves the real joi, valibot and yup from devDependencies): the fix
  // imports it, and the handler's uses of the checked data compile against the library's own types.
  for (const [validator, range, expected] of [
    ["joi", "^18.0.0", /import Joi from "joi";[\s\S]*createOrderBody\.validate\(await request\.json\(\), \{ abortEarly: false \}\)/],
    ["valibot", "^1.1.0", /import \* as v from "valibot";[\s\S]*v\.safeParse\(createOrderBody, await request\.json\(\)\)/],
    ["yup", "^1.4.0", /import \* as yup from "yup";[\s\S]*await createOrderBody\.validate\(await request\.json\(\), \{ abortEarly: false \}\)\.then\(/],
  ] as const) {
    it(`applies cleanly to a JSON handler in ${validator}, the validator its package declares`, () => {
      const filePath = path.join(root, "app/api/orders/route.ts");
      const text = [
        `export async function POST(request: Request) {`,
        `  const order = await request.json();`,
        `  if (order.quantity < 1) return Response.json({ error: "empty order" }, { status: 422 });`,
        `  const total: number = order.quantity * order.unitPrice;`,
        `  const note: string = order.comment.text.trim();`,
        `  const tags: string[] = order.tags.map((tag: string) => tag.toLowerCase());`,
        `  return Response.json({ total, note, tags, sku: order.sku, gift: order.gift ?? false });`,
        `}`,
        ``,
      ].join("\n");
      const resolved = resolveConfig({}, registry, root, "harden.config.json");
      const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies: [validator], validatorVersions: { [validator]: range } }] } };
      const fix = lintSources([{ filePath, text }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId)?.fixes[0];
      assert.equal(fix?.kind, "scaffold");
      assert.equal(fix.title, `Validate the input with a ${validator} schema`);
      const fixed = applyFixEdits(text, [fix.edits]).text;
      assert.match(fixed, expected);
      const project = new Project({
        compilerOptions: { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts"], skipLibCheck: true, noEmit: true },
      });
      project.createSourceFile(filePath, fixed, { overwrite: true });
      const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getLineNumber()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`);
      assert.deepEqual(diagnostics, [], fixed);
    });
  }

  describe("NestJS DTO scaffold", () => {
    const controller = [
      `import { Body, Controller, Post } from "@nestjs/common";`,
      ``,
      `@Controller("shipments")`,
      `export class ShipmentsController {`,
      `  @Post()`,
      `  create(@Body() body) {`,
      `    const weight: number = body.parcels * body.kilosEach;`,
      `    const label: string = body.recipient.name.trim();`,
      `    const tags: string[] = body.tags.map((tag: string) => tag.toUpperCase());`,
      `    return { weight, label, tags, express: body.express === true, memo: body.memo ?? "" };`,
      `  }`,
      `}`,
      ``,
    ].join("\n");
    const nestFix = (dependencies: string[]) => {
      const filePath = path.join(root, "src/shipments/shipments.controller.ts");
      const resolved = resolveConfig({}, registry, root, "harden.config.json");
      const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies }] } };
      const fix = lintSources([{ filePath, text: controller }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId)?.fixes[0];
      return { filePath, fix };
    };

    it("passes a whitelisting ValidationPipe to @Body() when no global pipe applies, and type-checks the DTO against class-validator's types", () => {
      const { filePath, fix } = nestFix(["@nestjs/common", "class-validator", "class-transformer"]);
      assert.equal(fix?.kind, "scaffold");
      const fixed = applyFixEdits(controller, [fix.edits]).text;
      assert.match(fixed, /import \{ Body, Controller, Post, ValidationPipe \} from "@nestjs\/common";/);
      assert.match(fixed, /create\(@Body\(new ValidationPipe\(\{ whitelist: true \}\)\) body: CreateShipmentDto\)/);
      assert.match(fixed, /import \{ CreateShipmentDto \} from "\.\/dto\/create-shipment\.dto";/);
      const [dto, ...others] = fix.files;
      assert.equal(others.length, 0);
      assert.equal(dto?.filePath, path.join(root, "src/shipments/dto/create-shipment.dto.ts"));
      assert.match(dto.text, /@ValidateNested\(\)\n  @Type\(\(\) => CreateShipmentRecipientDto\)\n  recipient!: CreateShipmentRecipientDto;/);
      assert.match(dto.text, /@IsOptional\(\)\n  @IsBoolean\(\)\n  express\?: boolean;/);
      // The handler's uses of the body, over the DTO type: @nestjs/common is not installed here, class-validator is.
      const consumer = [`import { CreateShipmentDto } from "./dto/create-shipment.dto";`, ``, `export function create(body: CreateShipmentDto) {`, ...controller.split("\n").slice(6, 10), `}`, ``].join("\n");
      const project = new Project({
        compilerOptions: { strict: true, experimentalDecorators: true, emitDecoratorMetadata: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], skipLibCheck: true, noEmit: true },
      });
      project.createSourceFile(dto.filePath, dto.text, { overwrite: true });
      project.createSourceFile(path.join(path.dirname(filePath), "consumer.ts"), consumer, { overwrite: true });
      const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`);
      assert.deepEqual(diagnostics, [], `${dto.text}\n---\n${consumer}`);
    });

    const searchController = [
      `import { Controller, Get, Query } from "@nestjs/common";`,
      ``,
      `@Controller("parcels")`,
      `export class ParcelsController {`,
      `  @Get()`,
      `  search(@Query() query: { carrier?: string; page?: string; codes?: string[] }) {`,
      `    const skip: number = query.page ? Number(query.page) * 50 : 0;`,
      `    return { carrier: query.carrier?.toUpperCase(), codes: query.codes, skip };`,
      `  }`,
      `}`,
      ``,
    ].join("\n");
    const queryFix = (dependencies: string[]) => {
      const filePath = path.join(root, "src/parcels/parcels.controller.ts");
      const resolved = resolveConfig({}, registry, root, "harden.config.json");
      const config = { ...resolved, settings: { ...resolved.settings, packages: [{ packageRoot: root, dependencies }] } };
      const fix = lintSources([{ filePath, text: searchController }], config, registry).files[0]?.findings.find((f) => f.ruleId === ruleId)?.fixes[0];
      return { filePath, fix };
    };

    it("writes a @Query() DTO of optional text values, with a transforming pipe for a list, that type-checks against class-validator's types", () => {
      const { filePath, fix } = queryFix(["@nestjs/common", "class-validator", "class-transformer"]);
      assert.equal(fix?.kind, "scaffold");
      assert.equal(fix.title, "Validate the query with a class-validator DTO, ListParcelsDto in dto/list-parcels.dto.ts");
      const fixed = applyFixEdits(searchController, [fix.edits]).text;
      assert.match(fixed, /search\(@Query\(new ValidationPipe\(\{ whitelist: true, transform: true \}\)\) query: ListParcelsDto\)/);
      const [dto] = fix.files;
      assert.match(dto?.text ?? "", /@IsOptional\(\)\n  @IsNumberString\(\)\n  page\?: string;/, `a page the handler converts itself stays text: ${dto?.text}`);
      assert.match(dto?.text ?? "", /@IsOptional\(\)\n  @Transform\(\(\{ value \}\) => \[value\]\.flat\(\)\)\n  @IsString\(\{ each: true \}\)\n  codes\?: string\[\];/);
      const consumer = [`import { ListParcelsDto } from "./dto/list-parcels.dto";`, ``, `export function search(query: ListParcelsDto) {`, ...searchController.split("\n").slice(6, 8), `}`, ``].join("\n");
      const project = new Project({
        compilerOptions: { strict: true, experimentalDecorators: true, emitDecoratorMetadata: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts"], skipLibCheck: true, noEmit: true },
      });
      project.createSourceFile(dto!.filePath, dto!.text, { overwrite: true });
      project.createSourceFile(path.join(path.dirname(filePath), "consumer.ts"), consumer, { overwrite: true });
      const diagnostics = project.getPreEmitDiagnostics().map((d) => `${d.getSourceFile()?.getBaseName()}:${d.getLineNumber()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, " ")}`);
      assert.deepEqual(diagnostics, [], `${dto!.text}\n---\n${consumer}`);
    });

    it("offers no @Query() DTO that would convert a value when class-transformer is not declared", () => {
      assert.equal(queryFix(["@nestjs/common", "class-validator"]).fix, undefined);
    });

    it("validates a nested object with @IsObject() when class-transformer is not declared, and offers nothing without class-validator", () => {
      const { fix } = nestFix(["@nestjs/common", "class-validator"]);
      assert.match(fix?.files[0]?.text ?? "", /@IsObject\(\)\n  recipient!: Record<string, any>;/);
      assert.doesNotMatch(fix?.files[0]?.text ?? "", /class-transformer/);
      assert.equal(nestFix(["@nestjs/common"]).fix, undefined);
    });
  });
});
