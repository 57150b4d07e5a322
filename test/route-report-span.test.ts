// Where route-level findings (missing-auth, missing-rate-limit) are underlined: the route's method and path token, the
// exported method's name or the HTTP decorator, on one line — never the handler's body.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import { parseSource } from "../rules/engine/analyze.js";
import { routeReportSpan } from "../rules/model/route-report-span.js";
import { summarizeFile } from "../rules/model/summarize.js";

/** The text each route of the file is underlined with. */
function underlined(relativePath: string, lines: string[]): string[] {
  const filePath = path.join(path.resolve("/project"), relativePath);
  const text = lines.join("\n");
  const sourceFile = parseSource(filePath, text);
  return summarizeFile(filePath, sourceFile).routes.map((route) => {
    const span = routeReportSpan(route, sourceFile);
    return text.slice(span.start, span.end);
  });
}

describe("routeReportSpan (the range of a finding about a whole route)", () => {
  it("Express: the method and the path literal, also when the handler spans many lines or the chain starts on the line before", () => {
    const routes = underlined("src/routes.ts", [
      'import { Router } from "express";',
      "const router = Router();",
      'router.post("/orders", async (req, res) => {',
      "  res.json({ ok: true });",
      "});",
      "router",
      '  .delete(["/orders/:id", "/o/:id"], (req, res) => res.end());',
      'router.route("/refunds").put((req, res) => {',
      "  res.end();",
      "});",
    ]);
    assert.deepEqual(routes, ['post("/orders"', 'delete(["/orders/:id", "/o/:id"]', 'delete(["/orders/:id", "/o/:id"]', 'route("/refunds").put']);
  });

  it("a chain of routes (Hono, Express's route()): each route's own method and path, never the chain's start or the route before", () => {
    const hono = underlined("src/auth.ts", [
      'import { Hono } from "hono";',
      "export const auth = new Hono()",
      '  .post("/sign-in", async (c) => {',
      "    return c.json({});",
      "  })",
      '  .post("/sign-out", (c) => c.json({}));',
    ]);
    assert.deepEqual(hono.sort(), ['post("/sign-in"', 'post("/sign-out"']);
    const express = underlined("src/routes.ts", ['import { Router } from "express";', "const router = Router();", 'router.route("/refunds").get((req, res) => res.end()).post((req, res) => res.end());']);
    assert.deepEqual(express.sort(), ["post", 'route("/refunds").get']);
  });

  it("Fastify's route({ … }) object: the method name only", () => {
    const routes = underlined("src/server.ts", [
      'import Fastify from "fastify";',
      "const app = Fastify();",
      "app.route({",
      '  method: "POST",',
      '  url: "/sessions",',
      "  handler: async () => ({ ok: true }),",
      "});",
    ]);
    assert.deepEqual(routes, ["route"]);
  });

  it("NestJS: the HTTP decorator, not the method or the decorators after it", () => {
    const routes = underlined("src/orders.controller.ts", [
      'import { Controller, HttpCode, Post } from "@nestjs/common";',
      '@Controller("orders")',
      "export class OrdersController {",
      '  @Post("refund")',
      "  @HttpCode(202)",
      "  refund() {",
      "    return { ok: true };",
      "  }",
      "}",
    ]);
    assert.deepEqual(routes, ['@Post("refund")']);
  });

  it("Next.js: the exported method's name (App Router); the method check or the export's head (Pages Router)", () => {
    assert.deepEqual(underlined("app/api/orders/route.ts", ["export async function POST(request: Request) {", "  return Response.json({});", "}"]), ["POST"]);
    const switched = underlined("pages/api/orders.ts", [
      "export default async function handler(req, res) {",
      "  switch (req.method) {",
      '    case "POST":',
      "      res.status(201).end();",
      "      return;",
      "  }",
      "}",
    ]);
    assert.deepEqual(switched, ['case "POST"']);
    const wrapped = underlined("pages/api/refunds.ts", ["export default withLogging(async (req, res) => {", "  res.end();", "});"]);
    assert.deepEqual(wrapped, ["export default withLogging"]);
  });
});
