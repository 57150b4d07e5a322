// The extractors that build a FileSummary, in the order they run at each node.
import { appConfig } from "./app-config.js";
import { bodyLimits } from "./body-limits.js";
import { clientAddress } from "./client-address.js";
import { codeMarkers } from "./code-role.js";
import { conventions } from "./conventions.js";
import { moduleBindings } from "./module-bindings.js";
import { nextRoutes } from "./frameworks/next.js";
import { edgeRuntimes } from "./frameworks/edge.js";
import { nestModel } from "./frameworks/nest.js";
import { socketIoServers } from "./frameworks/socket-io.js";
import { connectRpcRouters } from "./frameworks/connect-rpc.js";
import { expressModel } from "./frameworks/express.js";
import { fastifyModel } from "./frameworks/fastify.js";
import { honoModel } from "./frameworks/hono.js";
import { koaModel } from "./frameworks/koa.js";
import { serverAppsExtractor } from "./frameworks/server-apps.js";
import { envReads } from "./env-reads.js";
import { errorKinds } from "./error-kinds.js";
import { loggers } from "./loggers.js";
import { mimeChecks } from "./mime-checks.js";
import { outboundCalls } from "./outbound-calls.js";
import { parameterChecks } from "./parameter-checks.js";
import { projectTooling } from "./project-tooling.js";
import { rateLimiters } from "./rate-limiters.js";
import { routerHandOffs } from "./router-handoffs.js";
import type { Extractor } from "./summarize.js";

export const extractors: readonly Extractor[] = [moduleBindings, nextRoutes, edgeRuntimes, nestModel, socketIoServers, serverAppsExtractor([expressModel, koaModel, fastifyModel, honoModel]), connectRpcRouters, conventions, outboundCalls, appConfig, envReads, loggers, rateLimiters, bodyLimits, clientAddress, mimeChecks, codeMarkers, parameterChecks, errorKinds, projectTooling, routerHandOffs];
