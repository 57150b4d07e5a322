// Unit tests for the Next.js, edge (Supabase/Deno, Cloudflare Workers), NestJS and Socket.IO framework models:
// small realistic snippets summarised alone, and linked across files through ProjectModel.
import * as assert from "node:assert/strict";
import { parseSource } from "../rules/engine/analyze.js";
import { matchesNextMatcher } from "../rules/model/frameworks/next.js";
import { ProjectModel } from "../rules/model/project-model.js";
import { summarizeFile } from "../rules/model/summarize.js";
import type { FileSummary } from "../rules/model/types.js";
import { bareSettings } from "./fixture-harness.js";

const root = "/srv/shop";

function summarize(relativePath: string, text: string): FileSummary {
  const filePath = `${root}/${relativePath}`;
  return summarizeFile(filePath, parseSource(filePath, text));
}

function project(...summaries: FileSummary[]): ProjectModel {
  return new ProjectModel(summaries, bareSettings(root));
}

function textAt(summaryText: string, span: { start: number; end: number }): string {
  return summaryText.slice(span.start, span.end);
}

describe("model: Next.js App Router", () => {
  it("derives the route path from the folder, dropping route groups", () => {
    const summary = summarize("src/app/(dashboard)/api/orders/[id]/route.ts", `export async function DELETE(req: Request) { await db.order.delete(); }`);
    assert.deepEqual(summary.routes.map((r) => [r.framework, r.method, r.path]), [["next-app", "DELETE", "/api/orders/[id]"]]);
  });

  it("records exported function declarations and const arrows, not other exports", () => {
    const text = `
      export const dynamic = "force-dynamic";
      export async function GET() { return Response.json(await db.order.findMany()); }
      export const POST = async (req: Request) => Response.json(await db.order.create({ data: await req.json() }));
      export function helper() {}`;
    const summary = summarize("app/api/orders/route.ts", text);
    assert.deepEqual(summary.routes.map((r) => r.method), ["GET", "POST"]);
    assert.equal(textAt(text, summary.routes[1]!.span), "POST");
    assert.equal(summary.runtime, "node");
  });

  it("peels nested wrappers into wrapper guards and takes the innermost function as handler", () => {
    const text = `export const POST = withAuth(withRateLimit(async (req: Request) => { await db.order.create({}); }));`;
    const [route] = summarize("app/api/orders/route.ts", text).routes;
    assert.deepEqual(route!.guards.map((g) => [g.name, g.kind]), [["withAuth", "wrapper"], ["withRateLimit", "wrapper"]]);
    assert.ok(textAt(text, route!.handler!).startsWith("async (req: Request)"));
  });

  it("follows `export { handler as GET, handler as POST }` to the local handler", () => {
    const text = `const handler = withAuth(async (req: Request) => Response.json({}));\nexport { handler as GET, handler as POST };`;
    const routes = summarize("app/api/me/route.ts", text).routes;
    assert.deepEqual(routes.map((r) => r.method), ["GET", "POST"]);
    assert.deepEqual(routes[0]!.guards.map((g) => g.name), ["withAuth"]);
    assert.ok(routes[0]!.handler);
  });

  it("records `if (!session) return 401` after getServerSession as an inline guard", () => {
    const text = `
      import { getServerSession } from "next-auth";
      export async function POST(req: Request) {
        const session = await getServerSession(authOptions);
        if (!session) return new Response("Unauthorized", { status: 401 });
        await db.order.create({ data: await req.json() });
      }`;
    const [route] = summarize("app/api/orders/route.ts", text).routes;
    assert.deepEqual(route!.guards.map((g) => g.kind), ["inline"]);
  });

  it("records Clerk's `const { userId } = auth(); if (!userId) return NextResponse.json(..., { status: 401 })`", () => {
    const text = `
      import { auth } from "@clerk/nextjs/server";
      export async function PATCH(req: Request) {
        const { userId } = auth();
        if (!userId) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
        await db.profile.update({ where: { userId } });
      }`;
    assert.equal(summarize("app/api/profile/route.ts", text).routes[0]!.guards.length, 1);
  });

  it("does not count a check that only comes after the write", () => {
    const text = `
      export async function POST(req: Request) {
        await db.order.create({ data: await req.json() });
        const session = await auth();
        if (!session) return new Response("Unauthorized", { status: 401 });
      }`;
    assert.deepEqual(summarize("app/api/orders/route.ts", text).routes[0]!.guards, []);
  });

  it("marks `export const runtime = \"edge\"` route files as edge", () => {
    const summary = summarize("app/api/og/route.ts", `export const runtime = "edge";\nexport async function GET() { return new Response("ok"); }`);
    assert.equal(summary.runtime, "edge");
  });

  it("ignores files named route.ts outside an app folder", () => {
    assert.deepEqual(summarize("src/lib/route.ts", `export async function POST() {}`).routes, []);
  });
});

describe("model: Next.js Pages API", () => {
  it("makes one route per method checked with === and switch, spanning the check", () => {
    const text = `
      export default async function handler(req, res) {
        if (req.method === "GET") return res.json(await db.post.findMany());
        switch (req.method) {
          case "POST": return res.json(await db.post.create({ data: req.body }));
          case "DELETE": return res.status(204).end();
        }
      }`;
    const routes = summarize("pages/api/posts/index.ts", text).routes;
    assert.deepEqual(routes.map((r) => [r.framework, r.method, r.path]), [
      ["next-pages", "GET", "/api/posts"],
      ["next-pages", "POST", "/api/posts"],
      ["next-pages", "DELETE", "/api/posts"],
    ]);
    assert.equal(textAt(text, routes[1]!.span), `case "POST": return res.json(await db.post.create({ data: req.body }));`);
  });

  it("reads a `req.method !== \"POST\"` early return as a POST-only handler", () => {
    const text = `
      const handler = async (req: NextApiRequest, res: NextApiResponse) => {
        if (req.method !== "POST") return res.status(405).end();
        await db.subscriber.create({ data: req.body });
        res.status(201).end();
      };
      export default withAuth(handler);`;
    const routes = summarize("pages/api/subscribe.ts", text).routes;
    assert.deepEqual(routes.map((r) => [r.method, r.path]), [["POST", "/api/subscribe"]]);
    assert.deepEqual(routes[0]!.guards.map((g) => [g.name, g.kind]), [["withAuth", "wrapper"]]);
  });

  it("makes one ALL route when the handler never checks the method", () => {
    const routes = summarize("pages/api/users/[id].ts", `export default async (req, res) => { res.json(await db.user.findUnique({ where: { id: req.query.id } })); };`).routes;
    assert.deepEqual(routes.map((r) => [r.method, r.path]), [["ALL", "/api/users/[id]"]]);
  });

  it("records an inline getServerSession check with a 401 answer", () => {
    const text = `
      export default async function handler(req, res) {
        const session = await getServerSession(req, res, authOptions);
        if (!session) return res.status(401).json({ error: "Unauthorized" });
        if (req.method === "POST") await db.comment.create({ data: req.body });
      }`;
    const [route] = summarize("pages/api/comments.ts", text).routes;
    assert.equal(route!.method, "POST");
    assert.deepEqual(route!.guards.map((g) => g.kind), ["inline"]);
  });
});

describe("model: Next.js middleware", () => {
  const route = summarize("src/app/api/orders/route.ts", `export async function POST(req: Request) { await db.order.create({}); }`);
  const publicRoute = summarize("src/app/api/health/route.ts", `export async function POST() { return new Response("ok"); }`);

  it("applies next-auth middleware guards to routes its matcher covers, and only those", () => {
    const middleware = summarize("middleware.ts", `export { default } from "next-auth/middleware";\nexport const config = { matcher: ["/api/orders/:path*"] };`);
    assert.deepEqual(middleware.nextMiddleware?.matchers, ["/api/orders/:path*"]);
    const model = project(middleware, route, publicRoute);
    assert.deepEqual(model.routesIn(route.filePath)[0]!.guards.map((g) => [g.name, g.kind]), [["withAuth", "middleware"]]);
    assert.deepEqual(model.routesIn(publicRoute.filePath)[0]!.guards, []);
  });

  it("does not count a bare clerkMiddleware() as a guard", () => {
    const middleware = summarize("src/middleware.ts", `import { clerkMiddleware } from "@clerk/nextjs/server";\nexport default clerkMiddleware();`);
    assert.deepEqual(project(middleware, route).routesIn(route.filePath)[0]!.guards, []);
  });

  it("applies clerkMiddleware's protect() to the createRouteMatcher paths it tests", () => {
    const middleware = summarize(
      "src/middleware.ts",
      `import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";
      const isProtectedRoute = createRouteMatcher(["/api/orders(.*)"]);
      export default clerkMiddleware(async (auth, req) => { if (isProtectedRoute(req)) await auth.protect(); });
      export const config = { matcher: ["/((?!_next|.*\\\\..*).*)", "/(api|trpc)(.*)"] };`,
    );
    const model = project(middleware, route, publicRoute);
    assert.deepEqual(model.routesIn(route.filePath)[0]!.guards.map((g) => g.name), ["auth.protect"]);
    assert.deepEqual(model.routesIn(publicRoute.filePath)[0]!.guards, []);
  });

  it("matches Next matcher syntax against route paths with dynamic segments", () => {
    assert.ok(matchesNextMatcher("/api/users/[id]", "/api/:path*"));
    assert.ok(matchesNextMatcher("/api", "/api/:path*"));
    assert.ok(!matchesNextMatcher("/dashboard", "/api/:path+"));
    assert.ok(matchesNextMatcher("/api/users", "/((?!_next/static|favicon.ico).*)"));
  });
});

describe("model: Supabase/Deno edge functions and Workers", () => {
  it("records serve() from deno std as one ALL route named after the function folder, with the edge runtime", () => {
    const text = `
      import { serve } from "https://deno.land/std@0.168.0/http/server.ts";
      serve(async (req) => {
        if (req.method === "OPTIONS") return new Response("ok", { headers: corsHeaders });
        return new Response(JSON.stringify(await sendEmail(await req.json())));
      });`;
    const summary = summarize("supabase/functions/send-email/index.ts", text);
    assert.equal(summary.runtime, "edge");
    assert.deepEqual(summary.routes.map((r) => [r.framework, r.method, r.path]), [["edge-function", "ALL", "/send-email"]]);
  });

  it("records Deno.serve with a supabase.auth.getUser check as an inline guard", () => {
    const text = `
      Deno.serve(async (req: Request) => {
        const { data: { user }, error } = await supabase.auth.getUser(token);
        if (error || !user) return new Response(JSON.stringify({ error: "Unauthorized" }), { status: 401 });
        await supabase.from("orders").insert(await req.json());
      });`;
    const [route] = summarize("supabase/functions/orders/index.ts", text).routes;
    assert.deepEqual(route!.guards.map((g) => g.kind), ["inline"]);
  });

  it("does not take a serve() imported from an npm package for an edge function", () => {
    const summary = summarize("src/server.ts", `import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: 3000 });`);
    assert.equal(summary.runtime, "node");
    assert.deepEqual(summary.routes, []);
  });

  it("records a Cloudflare Worker's fetch with `satisfies ExportedHandler` and refines its method", () => {
    const text = `
      export default {
        async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
          if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
          await env.DB.prepare("INSERT INTO events (body) VALUES (?)").bind(await request.text()).run();
          return new Response("ok");
        },
      } satisfies ExportedHandler<Env>;`;
    const summary = summarize("src/index.ts", text);
    assert.equal(summary.runtime, "edge");
    assert.deepEqual(summary.routes.map((r) => [r.framework, r.method]), [["worker", "POST"]]);
  });

  it("ignores a default-exported object without a fetch function", () => {
    assert.deepEqual(summarize("src/index.ts", `export default { port: 3000, fetch: app.fetch };`).routes, []);
  });
});

describe("model: NestJS", () => {
  const controllerText = `
    import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, UseGuards, SetMetadata } from "@nestjs/common";
    import { AuthGuard } from "@nestjs/passport";
    import { CreateUserDto } from "./dto/create-user.dto";
    @Controller("users")
    @UseGuards(AuthGuard("jwt"), RolesGuard)
    export class UsersController {
      @Post()
      create(@Body() dto: CreateUserDto) { return this.users.create(dto); }
      @Public()
      @Get(":id")
      findOne(@Param("id", ParseIntPipe) id: number) { return this.users.find(id); }
      @SetMetadata("isPublic", true)
      @Post("import")
      importMany(@Body(new ZodValidationPipe(importSchema)) body: unknown) {}
      @Delete(":id")
      remove(@Body() body: any) {}
    }`;
  const controller = summarize("src/users/users.controller.ts", controllerText);

  it("joins the controller prefix with each method path", () => {
    assert.deepEqual(controller.routes.map((r) => [r.framework, r.method, r.path]), [
      ["nest", "POST", "/users"],
      ["nest", "GET", "/users/:id"],
      ["nest", "POST", "/users/import"],
      ["nest", "DELETE", "/users/:id"],
    ]);
    assert.equal(textAt(controllerText, controller.routes[0]!.span), "create");
  });

  it("records class-level @UseGuards as decorator guards on every route", () => {
    assert.deepEqual(controller.routes[0]!.guards.map((g) => [g.name, g.kind]), [["AuthGuard", "decorator"], ["RolesGuard", "decorator"]]);
  });

  it("marks @Public() and SetMetadata(\"isPublic\", true) routes public", () => {
    assert.deepEqual(controller.routes.map((r) => r.markedPublic), [false, true, true, false]);
  });

  it("records the @Body() DTO type, and a pipe on @Body as framework validation", () => {
    assert.deepEqual(controller.routes.map((r) => r.bodyParamType), ["CreateUserDto", undefined, "any", "any"]);
    assert.deepEqual(controller.routes.map((r) => r.frameworkValidated), [false, false, true, false]);
    assert.deepEqual(controller.routes.map((r) => r.inputDtos), [["CreateUserDto"], [], [], ["any"]]);
  });

  it("does not make a guard class's canActivate a route, and records it as an auth guard", () => {
    const guard = summarize(
      "src/auth/api-key.guard.ts",
      `@Injectable()
      export class ApiKeyGuard implements CanActivate {
        canActivate(context: ExecutionContext): boolean {
          const request = context.switchToHttp().getRequest();
          if (request.headers["x-api-key"] !== process.env.API_KEY) throw new UnauthorizedException();
          return true;
        }
      }
      export class JwtAuthGuard extends AuthGuard("jwt") {}`,
    );
    assert.deepEqual(guard.routes, []);
    // The method is a guard method too, for an instance of the class handed on as middleware (`guard.canActivate`).
    assert.deepEqual(guard.authGuards, ["ApiKeyGuard", "ApiKeyGuard.canActivate", "JwtAuthGuard"]);
  });

  it("records APP_GUARD and APP_PIPE providers as global guard and validation pipe", () => {
    const module = summarize(
      "src/app.module.ts",
      `@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }, { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true }) }] })
      export class AppModule {}`,
    );
    assert.deepEqual(module.globalGuards.map((g) => [g.name, g.kind]), [["JwtAuthGuard", "decorator"]]);
    assert.equal(module.hasGlobalValidationPipe, true);
  });

  it("reads what a provider's useFactory returns: a factory-made ValidationPipe, and a guard it builds", () => {
    const module = summarize(
      "src/request/request.module.ts",
      `@Module({})
      export class RequestModule {
        static forRoot(): DynamicModule {
          return {
            module: RequestModule,
            global: true,
            providers: [
              { provide: APP_PIPE, useFactory: async () => new ValidationPipe({ transform: true, whitelist: true }) },
              { provide: APP_GUARD, useFactory(reflector: Reflector) { return new SessionGuard(reflector); }, inject: [Reflector] },
            ],
          };
        }
      }`,
    );
    assert.equal(module.hasGlobalValidationPipe, true);
    assert.equal(module.globalValidationPipeConverts, true);
    assert.deepEqual(module.globalGuards.map((g) => g.name), ["SessionGuard"]);
    // A factory that may return either of two things provides neither for certain.
    const branching = summarize(
      "src/app.module.ts",
      `@Module({ providers: [{ provide: APP_PIPE, useFactory: (strict: boolean) => { if (strict) return new ValidationPipe(); return new TrimPipe(); } }] })
      export class AppModule {}`,
    );
    assert.equal(branching.hasGlobalValidationPipe, false);
  });

  it("records useGlobalGuards and useGlobalPipes in main.ts", () => {
    const main = summarize(
      "src/main.ts",
      `const app = await NestFactory.create(AppModule);\napp.useGlobalGuards(new JwtAuthGuard(app.get(Reflector)));\napp.useGlobalPipes(new ValidationPipe());`,
    );
    assert.deepEqual(main.globalGuards.map((g) => g.name), ["JwtAuthGuard"]);
    assert.equal(main.hasGlobalValidationPipe, true);
  });

  it("does not take a non-validation global pipe for a ValidationPipe", () => {
    assert.equal(summarize("src/main.ts", `app.useGlobalPipes(new TrimStringsPipe());`).hasGlobalValidationPipe, false);
  });

  it("exposes an APP_GUARD in app.module.ts to controllers in other files through the project", () => {
    const module = summarize("src/app.module.ts", `@Module({ providers: [{ provide: APP_GUARD, useClass: JwtAuthGuard }] }) export class AppModule {}`);
    const model = project(module, controller);
    assert.deepEqual(model.globalGuards().map((g) => [g.name, g.filePath]), [["JwtAuthGuard", module.filePath]]);
    assert.ok(model.isAuthGuard(model.globalGuards()[0]!, module.filePath));
  });

  it("resolves a DTO validated in another file, directly and through PartialType", () => {
    const dto = summarize(
      "src/users/dto/create-user.dto.ts",
      `import { IsEmail, IsString, Length } from "class-validator";
      export class CreateUserDto { @IsEmail() email: string; @IsString() @Length(1, 80) name: string; }`,
    );
    const update = summarize(
      "src/users/dto/update-user.dto.ts",
      `import { PartialType } from "@nestjs/mapped-types";\nimport { CreateUserDto } from "./create-user.dto";\nexport class UpdateUserDto extends PartialType(CreateUserDto) {}`,
    );
    const plain = summarize("src/users/dto/search.dto.ts", `export class SearchDto { q: string; limit?: number; }`);
    const model = project(dto, update, plain, controller);
    assert.equal(model.isValidatedDto("CreateUserDto", controller.filePath), true);
    assert.equal(model.isValidatedDto("UpdateUserDto", update.filePath), true);
    assert.equal(model.isValidatedDto("SearchDto", plain.filePath), false);
    assert.equal(model.isValidatedDto("any", controller.filePath), false);
  });
});

describe("model: Socket.IO", () => {
  it("records `new Server(httpServer)` with its io.use guard and connection handler", () => {
    const summary = summarize(
      "src/realtime.ts",
      `import { Server } from "socket.io";
      export const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });
      io.use(socketAuth);
      io.on("connection", (socket) => socket.on("chat:message", (m) => io.emit("chat:message", m)));`,
    );
    assert.deepEqual(summary.socketServers.map((s) => [s.owner, s.hasConnectionHandler, s.guards.map((g) => [g.name, g.kind])]), [
      ["io", true, [["socketAuth", "middleware"]]],
    ]);
  });

  it("records an inline io.use that checks the handshake token and refuses as an inline guard", () => {
    const summary = summarize(
      "src/realtime.ts",
      `const { Server } = require("socket.io");
      const io = new Server(server);
      io.use((socket, next) => {
        const token = socket.handshake.auth.token;
        if (!token) return next(new Error("unauthorized"));
        next();
      });`,
    );
    assert.deepEqual(summary.socketServers[0]!.guards.map((g) => g.kind), ["inline"]);
  });

  it("records require(\"socket.io\")(server) and a connection handler that disconnects without a valid token", () => {
    const summary = summarize(
      "server.js",
      `const io = require("socket.io")(server);
      io.on("connection", (socket) => {
        if (!verifyToken(socket.handshake.auth.token)) { socket.disconnect(true); return; }
        socket.on("join", (room) => socket.join(room));
      });`,
    );
    assert.deepEqual(summary.socketServers.map((s) => [s.owner, s.hasConnectionHandler, s.guards.map((g) => g.kind)]), [["io", true, ["inline"]]]);
  });

  it("keeps a namespace as its own entry, which io.use() does not guard", () => {
    const summary = summarize(
      "src/realtime.ts",
      `import { Server } from "socket.io";
      const io = new Server(httpServer);
      io.use(socketAuth);
      const admin = io.of("/admin");
      admin.on("connection", (socket) => socket.on("ban", banUser));
      io.of("/public").use(rateLimit).on("connection", () => {});`,
    );
    assert.deepEqual(summary.socketServers.map((s) => [s.namespace ?? "/", s.hasConnectionHandler, s.guards.map((g) => g.name)]), [
      ["/", false, ["socketAuth"]],
      ["/admin", true, []],
      ["/public", true, ["rateLimit"]],
    ]);
  });

  it("ignores a Server class that is not socket.io's", () => {
    assert.deepEqual(summarize("src/grpc.ts", `import { Server } from "@grpc/grpc-js";\nconst server = new Server();`).socketServers, []);
  });

  it("records a NestJS gateway with class guards and a handleConnection that verifies and disconnects", () => {
    const summary = summarize(
      "src/chat/chat.gateway.ts",
      `@WebSocketGateway({ namespace: "chat", cors: true })
      @UseGuards(WsJwtGuard)
      export class ChatGateway implements OnGatewayConnection {
        async handleConnection(client: Socket) {
          try { await this.jwt.verifyAsync(client.handshake.auth.token); } catch { client.disconnect(); }
        }
        @SubscribeMessage("message")
        onMessage(@MessageBody() body: string) { return body; }
      }`,
    );
    assert.deepEqual(summary.socketServers.map((s) => [s.owner, s.namespace, s.hasConnectionHandler, s.guards.map((g) => [g.name, g.kind])]), [
      ["ChatGateway", "chat", true, [["WsJwtGuard", "decorator"], ["handleConnection", "inline"]]],
    ]);
  });
});
