// Writes a synthetic but realistic backend of N files (Express, Fastify, Next.js and Hono routes with services,
// repositories and utils; 50-600 lines each; some findings planted), deterministic from a seed.
// Usage: node bench/generate.mjs <outDir> [--files N] [--seed S]
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

/** Mulberry32: a tiny seeded PRNG, so the same seed always writes the same project. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min, max) => min + Math.floor(next() * (max - min + 1)), pick: (list) => list[Math.floor(next() * list.length)], chance: (p) => next() < p };
}

const entities = ["user", "order", "invoice", "product", "customer", "payment", "shipment", "ticket", "report", "account", "session", "team", "project", "comment", "webhook", "subscription"];
const fields = ["name", "email", "amount", "status", "description", "quantity", "currency", "title", "note", "priority"];
const frameworks = ["express", "fastify", "next", "hono"];
const capital = (word) => word[0].toUpperCase() + word.slice(1);

/** A pure helper function of 10-25 lines, the bulk that makes files realistic in size. */
function helperFunction(random, name, entity) {
  const field = random.pick(fields);
  const lines = [`export function ${name}(items: Array<Record<string, unknown>>, limit = ${random.int(5, 100)}): Record<string, unknown>[] {`];
  lines.push(`  const seen = new Set<string>();`, `  const result: Record<string, unknown>[] = [];`, `  for (const item of items) {`);
  lines.push(`    const key = String(item["${field}"] ?? "").trim().toLowerCase();`, `    if (!key || seen.has(key)) continue;`, `    seen.add(key);`);
  for (let i = 0; i < random.int(1, 8); i++) {
    const other = random.pick(fields);
    lines.push(`    if (typeof item["${other}"] === "string" && item["${other}"].length > ${random.int(3, 80)}) {`);
    lines.push(`      item["${other}"] = (item["${other}"] as string).slice(0, ${random.int(3, 80)});`, `    }`);
  }
  lines.push(`    result.push({ ...item, ${entity}Key: key });`, `    if (result.length >= limit) break;`, `  }`, `  return result;`, `}`, ``);
  return lines;
}

function padWithHelpers(random, lines, entity, targetLines) {
  let index = 0;
  while (lines.length < targetLines) lines.push(...helperFunction(random, `normalize${capital(entity)}Batch${index++}`, entity));
  return lines;
}

function routeFile(random, framework, entity, planted) {
  const Entity = capital(entity);
  const field = random.pick(fields);
  const validated = !planted.has("missing-input-validation");
  const guarded = !planted.has("missing-auth");
  const lines = [];
  if (framework === "express") {
    lines.push(`import { Router } from "express";`, `import { z } from "zod";`, `import { requireAuth } from "../lib/auth";`, `import { ${entity}Service } from "../services/${entity}-service";`, ``);
    lines.push(`const ${Entity}Input = z.object({ ${field}: z.string().min(1) });`, `export const ${entity}Router = Router();`, ``);
    lines.push(`${entity}Router.get("/${entity}s/:id", requireAuth, async (req, res) => {`, `  const found = await ${entity}Service.find(String(req.params.id));`, `  res.json(found);`, `});`, ``);
    lines.push(`${entity}Router.post("/${entity}s", ${guarded ? "requireAuth, " : ""}async (req, res) => {`);
    lines.push(validated ? `  const input = ${Entity}Input.parse(req.body);` : `  const input = req.body;`);
    lines.push(`  const created = await ${entity}Service.create(input.${field});`, `  res.status(201).json(created);`, `});`, ``);
  } else if (framework === "fastify") {
    lines.push(`import type { FastifyInstance } from "fastify";`, `import { verifySession } from "../lib/auth";`, `import { ${entity}Service } from "../services/${entity}-service";`, ``);
    lines.push(`export async function ${entity}Routes(fastify: FastifyInstance) {`);
    if (guarded) lines.push(`  fastify.addHook("preHandler", verifySession);`);
    lines.push(`  fastify.get("/${entity}s/:id", async (request) => ${entity}Service.find(String((request.params as { id: string }).id)));`);
    if (validated) lines.push(`  fastify.post("/${entity}s", { schema: { body: { type: "object", required: ["${field}"], properties: { ${field}: { type: "string" } } } } }, async (request, reply) => {`);
    else lines.push(`  fastify.post("/${entity}s", async (request, reply) => {`);
    lines.push(`    const body = request.body as { ${field}: string };`, `    reply.code(201).send(await ${entity}Service.create(body.${field}));`, `  });`, `}`, ``);
  } else if (framework === "hono") {
    lines.push(`import { Hono } from "hono";`, `import { zValidator } from "@hono/zod-validator";`, `import { z } from "zod";`, `import { bearerAuth } from "hono/bearer-auth";`, `import { ${entity}Service } from "../services/${entity}-service";`, ``);
    lines.push(`export const ${entity}App = new Hono();`, guarded ? `${entity}App.use("*", bearerAuth({ token: process.env.API_TOKEN! }));` : ``, ``);
    lines.push(`${entity}App.get("/${entity}s/:id", async (c) => c.json(await ${entity}Service.find(c.req.param("id"))));`);
    if (validated) lines.push(`${entity}App.post("/${entity}s", zValidator("json", z.object({ ${field}: z.string() })), async (c) => {`, `  const body = c.req.valid("json");`);
    else lines.push(`${entity}App.post("/${entity}s", async (c) => {`, `  const body = await c.req.json();`);
    lines.push(`  return c.json(await ${entity}Service.create(body.${field}), 201);`, `});`, ``);
  } else {
    lines.push(`import { NextResponse } from "next/server";`, `import { z } from "zod";`, `import { getSession } from "../../lib/session";`, `import { ${entity}Service } from "../../services/${entity}-service";`, ``);
    lines.push(`const ${Entity}Input = z.object({ ${field}: z.string() });`, ``);
    lines.push(`export async function POST(request: Request) {`);
    if (guarded) lines.push(`  const session = await getSession(request);`, `  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });`);
    lines.push(validated ? `  const input = ${Entity}Input.parse(await request.json());` : `  const input = await request.json();`);
    lines.push(`  return NextResponse.json(await ${entity}Service.create(input.${field}), { status: 201 });`, `}`, ``);
  }
  return lines;
}

function serviceFile(random, entity, planted) {
  const Entity = capital(entity);
  const lines = [`import { ${entity}Repository } from "../repositories/${entity}-repository";`, ``, `export const ${entity}Service = {`];
  lines.push(`  async find(id: string) {`, `    return ${entity}Repository.byId(id);`, `  },`);
  lines.push(`  async create(value: string) {`);
  lines.push(planted.has("timestamp-id") ? `    const id = Date.now().toString(36);` : `    const id = crypto.randomUUID();`);
  lines.push(`    return ${entity}Repository.insert({ id, value });`, `  },`);
  lines.push(`  async notify(id: string) {`);
  lines.push(planted.has("missing-timeout") ? `    await fetch("https://hooks.example.com/${entity}", { method: "POST", body: id });` : `    await fetch("https://hooks.example.com/${entity}", { method: "POST", body: id, signal: AbortSignal.timeout(5000) });`);
  lines.push(`  },`, `};`, ``, `export type ${Entity}Service = typeof ${entity}Service;`, ``);
  return lines;
}

function repositoryFile(random, entity, planted) {
  const Entity = capital(entity);
  const lines = [`import { Pool } from "pg";`, ``];
  lines.push(planted.has("hardcoded-secret") ? `const pool = new Pool({ connectionString: "postgres://app:${random.int(1e8, 9e8).toString(36)}Xq7Lw9@db.internal:5432/app" });` : `const pool = new Pool({ connectionString: process.env.DATABASE_URL });`);
  lines.push(``, `export interface ${Entity}Row { id: string; value: string; createdAt: Date }`, ``, `export const ${entity}Repository = {`);
  lines.push(`  async byId(id: string): Promise<${Entity}Row | undefined> {`, `    const { rows } = await pool.query("select * from ${entity}s where id = $1", [id]);`, `    return rows[0];`, `  },`);
  lines.push(`  async insert(row: { id: string; value: string }) {`, `    await pool.query("insert into ${entity}s (id, value) values ($1, $2)", [row.id, row.value]);`, `    return row;`, `  },`, `};`, ``);
  return lines;
}

function utilFile(random, entity) {
  return [`// Formatting and batching helpers for ${entity}s.`, ``];
}

const plantable = ["missing-input-validation", "missing-auth", "missing-timeout", "timestamp-id", "hardcoded-secret"];

/** Writes `fileCount` files under `outDir` (which is emptied first); returns the number of files written. */
export function generateProject(outDir, fileCount, seed = 1) {
  const random = createRandom(seed);
  fs.rmSync(outDir, { recursive: true, force: true });
  const write = (relative, lines) => {
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, lines.join("\n"));
  };
  write("package.json", [JSON.stringify({ name: "bench-backend", private: true, dependencies: { express: "*", fastify: "*", hono: "*", next: "*", zod: "*", pg: "*" } }, null, 2)]);
  write("tsconfig.json", [JSON.stringify({ compilerOptions: { strict: true, target: "es2022", module: "nodenext" } }, null, 2)]);
  write("src/lib/auth.ts", [`export function requireAuth(req: any, res: any, next: () => void) {`, `  if (!req.headers.authorization) return res.status(401).end();`, `  next();`, `}`, `export async function verifySession(request: any, reply: any) {`, `  if (!request.headers.authorization) return reply.code(401).send();`, `}`, ``]);
  write("src/lib/session.ts", [`export async function getSession(request: Request) {`, `  return request.headers.get("authorization");`, `}`, ``]);
  let written = 2;
  for (let module = 0; written < fileCount; module++) {
    const entity = `${entities[module % entities.length]}${Math.floor(module / entities.length) || ""}`;
    const framework = frameworks[module % frameworks.length];
    const planted = new Set(plantable.filter(() => random.chance(0.15)));
    const size = () => random.int(50, random.chance(0.1) ? 600 : 250);
    const routePath = framework === "next" ? `src/app/api/${entity}/route.ts` : `src/routes/${entity}-routes.ts`;
    const files = [
      [routePath, padWithHelpers(random, routeFile(random, framework, entity, planted), entity, size())],
      [`src/services/${entity}-service.ts`, padWithHelpers(random, serviceFile(random, entity, planted), entity, size())],
      [`src/repositories/${entity}-repository.ts`, padWithHelpers(random, repositoryFile(random, entity, planted), entity, size())],
      [`src/utils/${entity}-format.ts`, padWithHelpers(random, utilFile(random, entity), entity, size())],
    ];
    for (const [relative, lines] of files) {
      if (written >= fileCount) break;
      write(relative, lines);
      written++;
    }
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [outDir, ...rest] = process.argv.slice(2);
  const option = (name, fallback) => {
    const index = rest.indexOf(name);
    return index === -1 ? fallback : Number(rest[index + 1]);
  };
  if (!outDir) {
    console.error("usage: node bench/generate.mjs <outDir> [--files N] [--seed S]");
    process.exit(2);
  }
  const count = generateProject(path.resolve(outDir), option("--files", 500), option("--seed", 1));
  console.log(`wrote ${count} files to ${outDir}`);
}
