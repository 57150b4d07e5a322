// missing-input-validation: a route handler that uses the request body or query without a schema validator
// first. Reads routes from the framework model and input reads from request-inputs.ts; the scaffold fix adds a zod
// schema built from how the handler uses each field (zod-schema.ts) and a 400 answer in the framework's idiom.
import * as path from "node:path";
import { ts } from "ts-morph";
import { defineRule, type FixRequest, type RuleContext } from "./engine/types.js";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import type { LinkedRoute } from "./model/project-model.js";
import { keepsQueryValuesText, readRequestInputsReusing, type FieldRead, type RequestInputRead, type RequestInputSource } from "./model/request-inputs.js";
import { routeHandlersIn, type HandledRoute } from "./model/route-handlers.js";
import { routeReportSpan } from "./model/route-report-span.js";
import { assignedValue, calleeText, decoratorsOf, findNodeBySpan, functionBoundTo, isFunctionLike, objectLiteralBehind, unwrapExpression, type FunctionLike } from "./model/syntax.js";
import { isFolderConvention, routesThrough, unsettledMembers, type UnsettledMember } from "./model/chain-conventions.js";
import {
  beforeLeadingComments,
  capitalize,
  factsOf,
  formDataPlan,
  importsName,
  memberAccess,
  namesIn,
  parameterName,
  schemaNameCandidates,
  topLevelStatementOf,
  unusedName,
  wholeInputPlan,
} from "./missing-input-validation/fix-placement.js";
import { parsedBodyFormatsOf } from "./model/body-limits.js";
import { lowestNodeMajorOf } from "./model/runtimes.js";
import { isHandedParameters } from "./model/auth-checks.js";
import { isValidationMiddlewareModule } from "./model/parameter-checks.js";
import { pagesPathQueryKeys } from "./model/frameworks/next.js";
import { dtoClassName, dtoFileName, dtoFolder, dtoModule, dtoTransforms, type DeclaredField } from "./missing-input-validation/nest-dto.js";
import { joiDialect, valibotDialect, yupDialect, zodDialect, type Dialect, type ValidatorName } from "./missing-input-validation/validator-dialects.js";
import { addedZodRange, type BodyEncoding, mergeFields, unknownKeysFor, zodMajorOf } from "./missing-input-validation/zod-schema.js";
import type { FileSummary, Framework, GuardRef, ImportBinding } from "./model/types.js";
import { chainSourcesOf, expressValidatorChains, type ChainReader, type ChainSource } from "./model/validation-chains.js";

type Context = RuleContext<Record<string, never>>;

/**
 * Body and query carry what the client chose. Path params are matched by the router and used for lookups, and
 * headers are read by auth and tracing code: neither is flagged (the model still records them for other rules).
 */
const checkedSources: readonly RequestInputSource[] = ["body", "query"];

const scaffoldTitle = "Validate the input with a zod schema";

const fetchStyleFrameworks: readonly Framework[] = ["next-app", "edge-function", "worker"];

export default defineRule({
  id: "missing-input-validation",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Request handlers must validate the body and query with a schema before using them.",
    fixTitle: scaffoldTitle,
    messages: {
      unvalidated: "{{route}} reads `{{input}}` without validating it; parse it with a schema first.",
      unprovenValidator:
        "{{route}} reads `{{input}}` after `{{member}}`{{definedIn}}, which Harden could not prove validates it; if it does, add \"{{setting}}\" to `validators` in harden.config.json.",
      unprovenValidatorConvention:
        "{{count}} routes, from {{route}} on, go through `{{member}}`{{definedIn}}, which Harden could not prove validates their input; if it does, add \"{{setting}}\" to `validators` in harden.config.json (routes that skip it are reported on their own).",
      unvalidatedNest:
        "{{route}} reads `{{input}}` without validation; type it with a DTO whose fields carry class-validator decorators under a ValidationPipe, or pass a ZodValidationPipe.",
    },
  },
  check: (ctx) => ({
    onEnd() {
      const seenHandlers = new Set<FunctionLike>();
      for (const { linked, handler } of routesByHandler(routeHandlersIn(ctx.project, ctx.file, ctx.sourceFile))) {
        const { route } = linked;
        // A route production never serves (`if (isDev) app.post("/echo", …)`) takes no client's input, nor does a job
        // endpoint only the project's own background tasks call with its secret: they built what it reads.
        if (route.frameworkValidated || route.framework === "socket.io" || seenHandlers.has(handler)) continue;
        if (ctx.project.servedOnlyOutsideProduction(linked) || ctx.project.isCalledOnlyByOwnJobs(linked)) continue;
        seenHandlers.add(handler);
        checkHandler(ctx, linked, handler);
      }
    },
  }),
});

function checkHandler(ctx: Context, linked: LinkedRoute, handler: FunctionLike): void {
  const { route } = linked;
  const reads = readRequestInputsReusing(ctx.memo, handler, ctx.sourceFile, {
    framework: route.framework,
    isProjectValidator: (callee) => ctx.project.isValidator(callee, ctx.filePath),
    checksArgument: (callee, index) => ctx.project.checksParameter(callee, ctx.filePath, index),
    checksArgumentReads: (callee, index) => ctx.project.checksParameterReads(callee, ctx.filePath, index),
    checksArgumentField: (callee, index, field) => ctx.project.checksParameterField(callee, ctx.filePath, index, field),
    joinsArgument: (callee, index) => ctx.project.joinsParameter(callee, ctx.filePath, index),
    isProtocolServerFactory: (callee) => ctx.project.makesProtocolServer(callee, ctx.filePath),
    verifiesSignature: (callee) => ctx.project.verifiesSignature(callee, ctx.filePath),
    isLogger: (name) => ctx.project.isLogger(name, ctx.filePath),
    isOutboundRequestOptions: (span) => ctx.file.outboundCalls.some(({ options }) => options?.start === span.start && options.end === span.end),
    pathQueryKeys: route.framework === "next-pages" ? pagesPathQueryKeys(route.path) : [],
    libraryExportOf: (name) => ctx.project.libraryExportOf(name, ctx.filePath),
  });
  const chainValidated = sourcesValidatedByChain(ctx, linked.guards.filter((guard) => canSeeRequest(ctx, guard, handler)));
  const flagged = reads.find((read) => isUnvalidated(read, chainValidated, route.framework) && !(route.framework === "nest" && isCheckedByGlobalPipe(ctx, read)));
  if (!flagged) return;
  const routeLabel = describeRoute(route.method, linked.fullPath || route.path);
  if (route.framework === "nest") {
    ctx.report({ span: flagged.span, messageId: "unvalidatedNest", data: { route: routeLabel, input: flagged.label }, fix: nestDtoFix(ctx, linked, handler, flagged) });
    return;
  }
  const fix = scaffoldFix(ctx, linked, handler, reads.filter((read) => read.source === flagged.source));
  const unsettled = schemaTakingMember(ctx, linked);
  if (!unsettled) {
    ctx.report({ span: flagged.span, messageId: "unvalidated", data: { route: routeLabel, input: flagged.label }, fix });
    return;
  }
  // Most routes of the folder go through it: one question about the member, asked at the first route whose handler
  // Harden reads (written in place), and only when that one is flagged; the others are not asked about again.
  if (isFolderConvention(ctx.project, linked, unsettled.key, takesBody)) {
    const users = routesThrough(ctx.project, unsettled.key);
    if (users.find((user) => user.route.handler) !== linked) return;
    ctx.report({ span: routeReportSpan(linked.route, ctx.sourceFile), messageId: "unprovenValidatorConvention", data: { route: routeLabel, count: String(users.length), ...memberData(ctx, unsettled) } });
    return;
  }
  ctx.report({ span: flagged.span, messageId: "unprovenValidator", data: { route: routeLabel, input: flagged.label, ...memberData(ctx, unsettled) }, fix });
}

const bodyMethods = new Set(["POST", "PUT", "PATCH", "ALL"]);

function takesBody(linked: LinkedRoute): boolean {
  return bodyMethods.has(linked.route.method);
}

/**
 * A middleware or wrapper in the route's chain, written in this file, that Harden cannot settle and that is handed a
 * value besides the handler (`validate(createUserSchema)`, `withInput(schemas.order, handler)`): what a validator
 * looks like at its use. A bare middleware or one given only literals (`requireRole("admin")`) is not taken for one.
 */
function schemaTakingMember(ctx: Context, linked: LinkedRoute): UnsettledMember | undefined {
  return unsettledMembers(ctx.project, linked).find(({ member }) => {
    // A validation library's middleware (`celebrate(...)`, express-validator chains) is settled already.
    if (member.filePath !== ctx.filePath || sourcesValidatedByChain(ctx, [member]).size > 0) return false;
    const call = findNodeBySpan(ctx.sourceFile, member.span, ts.isCallExpression);
    return !!call && call.arguments.some((argument) => isSchemaLikeArgument(argument, linked));
  });
}

function isSchemaLikeArgument(argument: ts.Expression, linked: LinkedRoute): boolean {
  const value = unwrapExpression(argument);
  if (isFunctionLike(value)) return false;
  if (ts.isIdentifier(value)) return value.text !== linked.route.handlerName && !functionBoundTo(value.text, value);
  return ts.isPropertyAccessExpression(value) || ts.isObjectLiteralExpression(value) || ts.isCallExpression(value);
}

function memberData(ctx: Context, unsettled: UnsettledMember): { member: string; definedIn: string; setting: string } {
  const { name } = unsettled.member;
  const definedIn = unsettled.definedIn ? ` (${path.relative(ctx.settings.root, unsettled.definedIn).replace(/\\/g, "/")})` : "";
  return { member: name, definedIn, setting: name.slice(name.lastIndexOf(".") + 1) };
}

/**
 * The declared types a converting ValidationPipe turns a named query value into (`String(v)`, `v === "true"`, `+v`);
 * a union, an array or an object type is handed on as it arrives.
 */
const convertedScalarTypes = new Set(["string", "boolean", "number", "String", "Boolean", "Number"]);

/**
 * NestJS: a global ValidationPipe checks a `@Body()`/`@Query()` DTO whose fields carry class-validator decorators; one
 * built with `transform: true` converts a single named query value (`@Query("archived") archived?: boolean`) to its
 * declared scalar type, the "only converted" case a query value read field by field gets too.
 */
function isCheckedByGlobalPipe(ctx: Context, read: RequestInputRead): boolean {
  if (!read.declaredType || !ctx.project.hasGlobalValidationPipe()) return false;
  if (read.source === "query" && read.yieldsField !== undefined && convertedScalarTypes.has(read.declaredType)) return ctx.project.globalValidationPipeConverts(ctx.filePath);
  return ctx.project.isValidatedDto(read.declaredType, ctx.filePath);
}

/** Routes sharing one handler (a Pages API handler branching on `req.method`) are checked once, under their most mutating method. */
function routesByHandler(routes: readonly HandledRoute[]): HandledRoute[] {
  const rank = ["POST", "PUT", "PATCH", "DELETE", "ALL"];
  const score = ({ linked }: HandledRoute): number => {
    const index = rank.indexOf(linked.route.method);
    return index === -1 ? rank.length : index;
  };
  return [...routes].sort((a, b) => score(a) - score(b));
}

function isUnvalidated(read: RequestInputRead, chainValidated: ReadonlySet<ChainSource>, framework: Framework): boolean {
  if (!checkedSources.includes(read.source) || read.validated) return false;
  // `if (!req.body) return ...` looks at the input without using it; a later use decides.
  if (read.fields.length === 0 && !read.usedWhole) return false;
  if (chainValidated.has("all") || chainValidated.has(read.source)) return false;
  const readFieldByField = read.fields.length > 0 && !read.usedWhole;
  return !(readFieldByField && read.fields.every((field) => isFieldChecked(field, read.source, framework)));
}

/**
 * A field read on its own is checked when a validator checks it, when the handler checks its type or value by hand
 * (`typeof`, a literal comparison, a `switch`, an allow-list, a predicate deciding a branch), when every use converts
 * it to a number, text or boolean (`Number(req.query.page) || 1`, `!!req.body.active`), or, for a query value, which
 * is text, when it is tested for presence before use. Where the framework keeps query values text (the model's
 * `keepsQueryValuesText`: Hono), a fallback (`?? ""`, `?.trim()`) handles absence as well; elsewhere the query parser
 * makes arrays and objects of `a[]=1&a[x]=2`, which a fallback passes on.
 */
function isFieldChecked(field: FieldRead, source: RequestInputSource, framework: Framework): boolean {
  if (field.validated || field.coerced || field.checkedByHand === "type") return true;
  return source === "query" && (field.checkedByHand === "presence" || (keepsQueryValuesText(framework) && !!field.absenceHandled));
}

/** Inputs validated by middleware in the route's chain: library validators, project helpers and configured `validators`. */
function sourcesValidatedByChain(ctx: Context, guards: LinkedRoute["guards"]): Set<ChainSource> {
  const validated = new Set<ChainSource>();
  for (const guard of guards) {
    const root = /^[\w$]+/.exec(guard.name)?.[0];
    if (!root || guard.switchedOff) continue;
    const module = ctx.project.summaries.get(guard.filePath)?.imports.find((binding) => binding.local === root)?.module;
    if (module === "express-validator" && expressValidatorChains[root]) validated.add(expressValidatorChains[root]);
    else if (ctx.project.isChainRunner(guard.name, guard.filePath)) {
      for (const argument of guardCall(ctx, guard)?.arguments ?? []) for (const source of chainSourcesOf(argument, chainReader(ctx))) validated.add(source);
    } else if ((module && isValidationMiddlewareModule(module)) || ctx.project.isValidator(guard.name, guard.filePath) || isConfiguredValidator(ctx, guard)) {
      // `route({ requestBody: "UserSchema" })`: a factory that validates only when the call names its schema option.
      const schemaOption = ctx.project.validatorSchemaOption(guard.name, guard.filePath);
      if (!schemaOption) validated.add(sourceNamedBy(guard.name));
      else if (namesOption(guardCall(ctx, guard), schemaOption.option)) validated.add(schemaOption.source);
    }
  }
  return validated;
}

/** `route({ requestBody: "UserSchema" })`: the call's options object sets `option` (to anything but `undefined`). */
function namesOption(call: ts.CallExpression | undefined, option: string): boolean {
  const options = call?.arguments[0] && objectLiteralBehind(call.arguments[0]);
  const value = options && assignedValue(options, option);
  return !!value && !(ts.isIdentifier(value) && value.text === "undefined");
}

function guardCall(ctx: Context, guard: LinkedRoute["guards"][number]): ts.CallExpression | undefined {
  return guard.filePath === ctx.filePath ? findNodeBySpan(ctx.sourceFile, guard.span, ts.isCallExpression) : undefined;
}

/**
 * Chains handed to a chain runner as this file sees them: `body("name").isString()` traced to the package export it
 * starts from (through the project's re-exports), lists of chains, and chains the project keeps under a name
 * (`validate([isComment, ...isPaging])`, `validate([shortId("postId")])`).
 */
function chainReader(ctx: Context): ChainReader {
  return {
    builderOf(start) {
      const origin = ctx.project.libraryExportOf(start.text, ctx.filePath);
      return origin?.module === "express-validator" ? origin.imported : undefined;
    },
    named: (name) => ctx.project.validationChainsOf(name, ctx.filePath),
  };
}

/** A helper the handler calls (`await getLimits({ teamId })`) validates nothing of a request it is not handed. */
function canSeeRequest(ctx: Context, guard: LinkedRoute["guards"][number], handler: FunctionLike): boolean {
  if (guard.kind !== "call" || guard.filePath !== ctx.filePath) return true;
  const call = findNodeBySpan(ctx.sourceFile, guard.span, ts.isCallExpression);
  return !call || isHandedParameters(call, handler);
}

function isConfiguredValidator(ctx: Context, guard: GuardRef): boolean {
  const lastSegment = guard.name.slice(guard.name.lastIndexOf(".") + 1);
  return ctx.settings.validators.includes(lastSegment);
}

/** `validateBody(schema)` checks the body only; `validate(schema)` is taken to check everything. */
function sourceNamedBy(name: string): ChainSource {
  if (/body/i.test(name)) return "body";
  if (/query/i.test(name)) return "query";
  return "all";
}

function describeRoute(method: string, path: string): string {
  if (!path) return `The ${method === "ALL" ? "" : method + " "}handler`;
  return method === "ALL" ? path : `${method} ${path}`;
}

/**
 * The scaffold: a zod schema above the handler's statement, a `safeParse` with a 400 answer before the first read
 * (after the FormData is read, for a form), and every read of the input replaced by the parsed data. Raw text has
 * no fields to describe and a schema without fields checks nothing: neither gets a fix. When the file's package does
 * not declare zod, the scaffold also adds it to that package's package.json (one fix, applied whole), and its title
 * says the lockfile is then the package manager's to update; with no package.json, or a package that validates with
 * another library, it is only a suggestion, never applied by --fix; so is a JSON schema whose every field the code only
 * passes on (`z.any()` throughout would silence the finding and check nothing).
 */
function scaffoldFix(ctx: Context, linked: LinkedRoute, handler: FunctionLike, reads: RequestInputRead[]): FixRequest | undefined {
  const { route } = linked;
  const fields = mergeFields(reads);
  const shape = reads[0]!.shape;
  if (shape === "text" || fields.length === 0 || !handler.body || !ts.isBlock(handler.body)) return undefined;
  const plan = shape === "form-data" ? formDataPlan(ctx.sourceFile, reads) : wholeInputPlan(ctx.sourceFile, handler, handler.body, reads);
  const topStatement = topLevelStatementOf(handler);
  if (!plan || !topStatement) return undefined;
  const source = reads[0]!.source;
  const encoding = source === "body" ? bodyEncodingOf(ctx, linked) : "json";
  const projectDialect = projectValidatorDialect(ctx, shape, encoding, plan.statements.every((statement) => canAwaitIn(handler, statement)));
  const dependency: ZodDependency = projectDialect ? { state: "resolves" } : zodDependencyOf(ctx);
  const { title, suggestionReason: dependencyReason } = projectDialect ? { title: `Validate the input with a ${projectDialect.dialect.validator} schema` } : titleAndReason(dependency);
  const suggestionReason = dependencyReason ?? (shape === "object" && encoding === "json" && fields.every(isShapeless) ? shapelessReason(fields) : undefined);
  return {
    ...(title ? { title } : {}),
    // Names are chosen when the fix is built: finding unused ones walks the whole file. Without them there is no fix.
    apply: (edit: FixBuilder) => {
      const facts = factsOf(ctx.sourceFile);
      const major = dependency.state === "addable" ? zodMajorOf(addedZodRange, undefined) : zodMajorOf(ctx.project.manifestOf(ctx.filePath)?.validatorVersions?.zod, facts.zod.bound);
      const dialect = projectDialect?.dialect ?? zodDialect(major);
      const parsedName = unusedName(namesIn(handler), ["parsed", `parsed${capitalize(source)}`, "parsedInput"]);
      const failure = parsedName && failureResponse(ctx, route.framework, handler, dialect.failed(parsedName), dialect.errorValue(parsedName));
      const schemaName = unusedName(facts.names, schemaNameCandidates(route.method, linked.fullPath || route.path, source));
      if (!failure || !parsedName || !schemaName) return;
      const unknownKeys = unknownKeysFor(reads);
      const schemaPosition = beforeLeadingComments(ctx.sourceFile, topStatement);
      const schemaIndent = lineIndentation(ctx.text, schemaPosition);
      const label = reads[0]!.label;
      const note =
        unknownKeys === "strict"
          ? `// ${label} is also written whole: list every field the route accepts; ${dialect.strictness} rejects the rest.\n${schemaIndent}`
          : unknownKeys === "loose" && source === "body"
            ? `// ${label} is also passed on whole: fields not listed here pass through unchecked.\n${schemaIndent}`
            : "";
      const partial = source === "body" && route.method === "PATCH";
      const declaration = dialect.declaration({ name: schemaName, fields, shape, unknownKeys, partial, optional: source === "query", major, encoding });
      edit.insertBefore(schemaPosition, `${note}${declaration}\n\n${schemaIndent}`);
      for (const statement of plan.statements) {
        const indent = lineIndentation(ctx.text, statement.getStart(ctx.sourceFile));
        const parse = `const ${parsedName} = ${dialect.parse(schemaName, plan.input)};\n${indent}${failure(indent)}`;
        if (plan.after) edit.insertAfter(statement, `\n${indent}${parse}`);
        else edit.insertBefore(beforeLeadingComments(ctx.sourceFile, statement), `${parse}\n${indent}`);
      }
      const data = dialect.data(parsedName);
      for (const { span, field } of plan.replacements) edit.replace(span, field === undefined ? data : `${data}${memberAccess(field)}`);
      if (projectDialect) {
        if (projectDialect.importAs) edit.addModuleImport(projectDialect.dialect.validator, projectDialect.dialect.local, projectDialect.importAs);
      } else if (!facts.zod.bound) edit.addNamedImport(facts.zod.specifier, "z");
      if (dependency.state === "addable") edit.addJsonEntry(dependency.manifestFile, { object: "dependencies", key: "zod", value: JSON.stringify(addedZodRange) });
      if (suggestionReason) edit.offerAsSuggestion(suggestionReason);
    },
  };
}

/** A JSON field whose uses say nothing of its shape (it is only passed on): its schema would accept any value. */
function isShapeless(field: FieldRead): boolean {
  return (field.type === "any" || field.type === "unknown") && !field.fields?.length;
}

/** Why a schema of shapeless fields is only a suggestion: applied, it would silence the finding and check nothing. */
function shapelessReason(fields: readonly FieldRead[]): string {
  const names = fields.map((field) => `\`${field.name}\``).join(", ");
  return `the handler's code says nothing about the shape of ${names}: the schema would accept any value there; describe it before applying`;
}

const schemaValidators: readonly ValidatorName[] = ["zod", "valibot", "joi", "yup"];
const zodModule = /^(npm:|https:\/\/esm\.sh\/)?zod(@[^/]*)?(\/|$)/;

function isModuleOf(validator: ValidatorName, module: string): boolean {
  return validator === "zod" ? zodModule.test(module) : module === validator;
}

/**
 * The schema library the route's code uses: the one the file imports; else, of those its package declares, the one
 * most files beside it import (zod on a tie, since the scaffold knows it best); undefined when none is declared.
 */
function validatorInUse(ctx: Context): ValidatorName | undefined {
  const imported = schemaValidators.find((validator) => ctx.file.imports.some((binding) => isModuleOf(validator, binding.module)));
  if (imported) return imported;
  const declared = schemaValidators.filter((validator) => ctx.project.declaresRuntimeDependency(ctx.filePath, validator));
  if (declared.length <= 1) return declared[0];
  const directory = path.dirname(ctx.filePath);
  const siblings = [...ctx.project.summaries].filter(([filePath]) => filePath !== ctx.filePath && path.dirname(filePath) === directory).map(([, summary]) => summary);
  const usesOf = (validator: ValidatorName): number => siblings.filter((summary) => summary.imports.some((binding) => isModuleOf(validator, binding.module))).length;
  const most = Math.max(...declared.map(usesOf));
  return declared.includes("zod") && usesOf("zod") === most ? "zod" : declared.find((validator) => usesOf(validator) === most);
}

/**
 * The scaffold in valibot, joi or yup when the route's code uses one of them instead of zod, bound as the file (or,
 * failing that, a file beside it) binds the module; `importAs` when the file must import it. Written for JSON bodies
 * and query strings; undefined otherwise, for a valibot older than its `pipe` API (0.31), a yup before 1.0 (typed by
 * @types/yup), or for yup when the parse cannot be awaited where it goes (`canAwait`: yup's checks throw or return a
 * promise).
 */
function projectValidatorDialect(ctx: Context, shape: RequestInputRead["shape"], encoding: BodyEncoding, canAwait: boolean): { dialect: Dialect; importAs?: "default" | "namespace" } | undefined {
  const validator = validatorInUse(ctx);
  if (validator === undefined || validator === "zod") return undefined;
  if (!((shape === "object" && encoding === "json") || shape === "text-fields")) return undefined;
  const versions = ctx.project.manifestOf(ctx.filePath)?.validatorVersions;
  if (validator === "valibot" && !hasValibotPipeApi(versions?.valibot)) return undefined;
  if (validator === "yup" && (!canAwait || !isYupOneOrLater(versions?.yup))) return undefined;
  const dialectFor = (local: string): Dialect =>
    validator === "joi" ? joiDialect(local) : validator === "yup" ? yupDialect(local, /\.[cm]?tsx?$/.test(ctx.filePath)) : valibotDialect(local);
  // yup 1 has no default export.
  const wholeModule = (binding: ImportBinding): boolean => binding.module === validator && (binding.imported === "*" || (validator === "joi" && binding.imported === "default"));
  const bound = ctx.file.imports.find(wholeModule);
  if (bound) return { dialect: dialectFor(bound.local) };
  if (ctx.file.imports.some((binding) => binding.module === validator)) return undefined; // named imports: a style the scaffold does not write
  const directory = path.dirname(ctx.filePath);
  const bindingsIn = (files: Array<[string, FileSummary]>): ImportBinding[] => files.flatMap(([, summary]) => summary.imports.filter(wholeModule));
  const files = [...ctx.project.summaries];
  // A file beside it first, then any of its package.
  const sibling = bindingsIn(files.filter(([filePath]) => path.dirname(filePath) === directory))[0] ?? bindingsIn(files.filter(([filePath]) => isWithinPackage(ctx, filePath)))[0];
  const local = sibling?.local ?? (validator === "joi" ? "Joi" : validator === "yup" ? "yup" : "v");
  if (factsOf(ctx.sourceFile).names.has(local)) return undefined;
  const importAs = sibling ? (sibling.imported === "*" ? "namespace" : "default") : validator === "joi" ? "default" : "namespace";
  return { dialect: dialectFor(local), importAs };
}

/** Whether an `await` before `statement` is allowed: it sits in the async handler itself, not in a callback inside it. */
function canAwaitIn(handler: FunctionLike, statement: ts.Statement): boolean {
  if (!handler.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword)) return false;
  let node: ts.Node = statement.parent;
  while (!ts.isFunctionLike(node)) node = node.parent;
  return node === handler;
}

function isWithinPackage(ctx: Context, filePath: string): boolean {
  const root = ctx.project.manifestOf(ctx.filePath)?.packageRoot;
  return root !== undefined && ctx.project.manifestOf(filePath)?.packageRoot === root;
}

/** yup 1.0 ships its own types (`InferType`, `mixed<T>()`) as the scaffold writes them; a range that names no version is taken as current. */
function isYupOneOrLater(range: string | undefined): boolean {
  const major = /(\d+)/.exec(range ?? "")?.[1];
  return major === undefined || Number(major) >= 1;
}

/** valibot 0.31 rewrote its API (`pipe`, `looseObject`, `flatten`) as 1.x keeps it; a range that names no version is taken as current. */
function hasValibotPipeApi(range: string | undefined): boolean {
  const version = /(\d+)\.(\d+)/.exec(range ?? "");
  if (!version) return !/^\D*0\b/.test(range ?? "");
  return Number(version[1]) >= 1 || Number(version[2]) >= 31;
}

/**
 * NestJS: a `@Body()` or `@Query()` parameter without a class type (none, `any`, a type literal, an interface of the
 * file) in a package that declares class-validator gets a DTO class with a decorator per field the handler reads, in a
 * new file where the controller's DTOs live, and the parameter typed with it. Without a global ValidationPipe no
 * decorator would run, so the fix passes one to that parameter: whitelisting, unless the input is also passed on whole
 * (its other keys are kept) or a body is written whole (unlisted keys are refused, as a mass assignment would be). A
 * query DTO that converts a value needs a pipe with `transform: true` to hand the converted value on, and
 * class-transformer declared.
 */
function nestDtoFix(ctx: Context, linked: LinkedRoute, handler: FunctionLike, read: RequestInputRead): FixRequest | undefined {
  if ((read.source !== "body" && read.source !== "query") || read.yieldsField !== undefined || read.fields.length === 0) return undefined;
  if (!ctx.project.declaresRuntimeDependency(ctx.filePath, "class-validator")) return undefined;
  const parameter = handler.parameters.find((candidate) => candidate.getStart(ctx.sourceFile) === read.span.start);
  if (!parameter || !ts.isIdentifier(parameter.name) || !hasNoClassType(parameter, ctx.sourceFile)) return undefined;
  const decoratorName = read.source === "body" ? "Body" : "Query";
  const call = decoratorsOf(parameter)
    .map((decorator) => decorator.expression)
    .find((expression): expression is ts.CallExpression => ts.isCallExpression(expression) && calleeText(expression) === decoratorName);
  if (!call || call.arguments.length > 0) return undefined;
  const facts = factsOf(ctx.sourceFile);
  const schemaName = unusedName(facts.names, schemaNameCandidates(linked.route.method, linked.fullPath || linked.route.path, read.source));
  const className = schemaName && dtoClassName(schemaName);
  const dtoFile = className && path.join(dtoFolder(ctx.filePath, ctx.project.summaries.keys()), dtoFileName(className));
  if (!className || !dtoFile || ctx.project.summaries.has(dtoFile) || facts.names.has(className)) return undefined;
  const nestedClasses = ctx.project.declaresRuntimeDependency(ctx.filePath, "class-transformer");
  const query = read.source === "query";
  const request = { className, fields: mergeFields([read]), partial: !query && linked.route.method === "PATCH", nestedClasses, query, declared: literalMembers(parameter, ctx.sourceFile) };
  const transforms = dtoTransforms(request);
  if (transforms && !nestedClasses) return undefined;
  const pipeOptions = pipeOptionsFor(read, ctx.project.hasGlobalValidationPipe(), transforms);
  return {
    title: `Validate the ${read.source} with a class-validator DTO, ${className} in ${path.relative(path.dirname(ctx.filePath), dtoFile).replace(/\\/g, "/")}`,
    apply: (edit: FixBuilder) => {
      edit.createFile(path.relative(edit.projectRoot, dtoFile), dtoModule(request));
      if (parameter.type) {
        edit.replace(parameter.type, className);
        for (const name of typeNamesIn(parameter.type)) edit.removeImportLeftUnused(name, parameter.type);
      } else edit.insertAfter(parameter.questionToken ?? parameter.name, `: ${className}`);
      if (pipeOptions !== undefined) {
        edit.insertBefore(call.arguments.pos, `new ValidationPipe(${pipeOptions})`);
        edit.addNamedImport("@nestjs/common", "ValidationPipe");
      }
      edit.addNamedImport(edit.moduleSpecifierTo(dtoFile), className);
    },
  };
}

/** The names a type refers to (`{ credential: Credential }`: Credential), which replacing it may leave unused. */
function typeNamesIn(type: ts.TypeNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) names.add(node.typeName.text);
    ts.forEachChild(node, visit);
  };
  visit(type);
  return names;
}

/**
 * The options of the ValidationPipe the fix passes to the parameter, undefined when it passes none: a global pipe
 * validates, and a pipe of the parameter is still needed to hand on a query DTO's converted values (pipes run global
 * first, each taking the previous one's output). A query's unlisted parameters are stripped, never refused: tracking
 * and protocol parameters come and go.
 */
function pipeOptionsFor(read: RequestInputRead, globalPipe: boolean, transforms: boolean): string | undefined {
  if (globalPipe) return transforms ? "{ transform: true }" : undefined;
  const whitelist = read.source === "body" && read.writtenWhole ? ["whitelist: true", "forbidNonWhitelisted: true"] : read.usedWhole ? [] : ["whitelist: true"];
  const options = [...whitelist, ...(transforms ? ["transform: true"] : [])];
  return options.length === 0 ? "" : `{ ${options.join(", ")} }`;
}

/** The type text of each property a type literal on the parameter declares (`{ page?: string }` → page: string). */
function literalMembers(parameter: ts.ParameterDeclaration, sourceFile: ts.SourceFile): Map<string, DeclaredField> {
  const members = new Map<string, DeclaredField>();
  if (!parameter.type || !ts.isTypeLiteralNode(parameter.type)) return members;
  for (const member of parameter.type.members) {
    if (ts.isPropertySignature(member) && member.type && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))) {
      members.set(member.name.text, { type: member.type.getText(sourceFile), optional: member.questionToken !== undefined });
    }
  }
  return members;
}

/** No type, `any`/`unknown`, a type literal, or an interface or type alias of the file: nothing a ValidationPipe can check. */
function hasNoClassType(parameter: ts.ParameterDeclaration, sourceFile: ts.SourceFile): boolean {
  const type = parameter.type;
  if (!type || type.kind === ts.SyntaxKind.AnyKeyword || type.kind === ts.SyntaxKind.UnknownKeyword || ts.isTypeLiteralNode(type)) return true;
  if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName) || type.typeArguments) return false;
  const name = type.typeName.text;
  return sourceFile.statements.some((statement) => (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && statement.name.text === name);
}

/** Which formats a route's body arrives in, from the body parsers its chain mounts (Fastify parses JSON itself). */
function bodyEncodingOf(ctx: Context, linked: LinkedRoute): BodyEncoding {
  const formats = new Set(linked.guards.flatMap((guard) => parsedBodyFormatsOf(guard.name, ctx.project.summaries.get(guard.filePath)?.imports ?? []) ?? []));
  if (linked.route.framework === "fastify") formats.add("json");
  if (!formats.has("urlencoded")) return "json";
  return formats.has("json") ? "json-or-urlencoded" : "urlencoded";
}

/**
 * Whether the fixed file can import zod: it resolves (declared, or a Deno specifier), the fix can declare it in the
 * package's own package.json, or it cannot (no package.json, or the package validates with another library).
 */
type ZodDependency =
  | { state: "resolves" }
  | { state: "addable"; manifestFile: string; manifestPath: string }
  | { state: "missing"; manifestPath: string; otherValidator?: string; lockfilePath?: string; developmentOnly?: true; olderNode?: number };

/** The oldest Node whose parser reads the zod the fix adds. */
const zodLowestNode = 14;

function zodDependencyOf(ctx: Context): ZodDependency {
  const { zod } = factsOf(ctx.sourceFile);
  // Deno resolves `npm:zod` and URLs itself; a file that already imports zod compiles today.
  if (zod.bound || zod.specifier !== "zod" || ctx.project.declaresRuntimeDependency(ctx.filePath, "zod")) return { state: "resolves" };
  const manifest = ctx.project.manifestOf(ctx.filePath);
  if (!manifest) return { state: "missing", manifestPath: "package.json" };
  const manifestFile = path.join(manifest.packageRoot, "package.json");
  const manifestPath = path.relative(ctx.settings.root, manifestFile).replace(/\\/g, "/");
  if (ctx.project.declaresDependency(ctx.filePath, "zod")) return { state: "missing", manifestPath, developmentOnly: true };
  const otherValidator = otherValidators.find((name) => ctx.project.declaresRuntimeDependency(ctx.filePath, name));
  if (otherValidator) return { state: "missing", manifestPath, otherValidator };
  // A frozen install (`npm ci`, `pnpm install --frozen-lockfile`) refuses a package.json its lockfile does not match:
  // the package manager must add zod, or the build stops.
  if (manifest.lockfile) return { state: "missing", manifestPath, lockfilePath: path.relative(ctx.settings.root, manifest.lockfile).replace(/\\/g, "/") };
  // zod 4's build uses syntax (optional chaining) that Node before 14 cannot parse: requiring it would stop the app.
  const lowestNode = lowestNodeMajorOf(ctx.filePath, ctx.settings);
  if (lowestNode < zodLowestNode) return { state: "missing", manifestPath, olderNode: lowestNode };
  return { state: "addable", manifestFile, manifestPath };
}

/** Validators a package may use instead of zod; the scaffold is written in zod only. */
const otherValidators = ["valibot", "yup", "joi"];

/** The scaffold's title, and why it is only a suggestion when zod cannot be added by the fix itself. */
function titleAndReason(dependency: ZodDependency): { title?: string; suggestionReason?: string } {
  switch (dependency.state) {
    case "resolves":
      return {};
    case "addable":
      return { title: `${scaffoldTitle} and add "zod" ${addedZodRange} to ${dependency.manifestPath} (then update the lockfile with your package manager)` };
    case "missing": {
      const { otherValidator, manifestPath, lockfilePath, developmentOnly, olderNode } = dependency;
      const suggestionReason = developmentOnly
        ? `zod is only a devDependency in ${manifestPath}, which a production install leaves out: move it to dependencies first`
        : olderNode !== undefined
        ? `${manifestPath} admits Node ${olderNode}, which cannot load zod ${addedZodRange} (it needs Node ${zodLowestNode} or later): validate with what that Node runs`
        : otherValidator
        ? `the package validates with ${otherValidator}: write it as a ${otherValidator} schema, or add "zod" to ${manifestPath}`
        : lockfilePath
          ? `needs zod: add it with your package manager, which updates ${lockfilePath} too`
          : `add "zod" to ${manifestPath} first: it is not a dependency`;
      return { title: scaffoldTitle, suggestionReason };
    }
  }
}

/** The answer to invalid input in the framework's idiom, or undefined when the handler lacks what it needs. */
function failureResponse(ctx: Context, framework: Framework, handler: FunctionLike, failed: string, errorValue: string): ((indent: string) => string) | undefined {
  const first = parameterName(handler, 0);
  const second = parameterName(handler, 1);
  const error = `{ error: ${errorValue} }`;
  switch (framework) {
    case "express":
    case "next-pages":
      return second ? () => `if (${failed}) return ${second}.status(400).json(${error});` : undefined;
    case "fastify":
      return second ? () => `if (${failed}) return ${second}.code(400).send(${error});` : undefined;
    case "hono":
      return first ? () => `if (${failed}) return ${first}.json(${error}, 400);` : undefined;
    case "koa":
      return first
        ? (indent) =>
            `if (${failed}) {\n${indent}  ${first}.status = 400;\n${indent}  ${first}.body = ${error};\n${indent}  return;\n${indent}}`
        : undefined;
    default: {
      if (!fetchStyleFrameworks.includes(framework)) return undefined;
      const responder = importsName(ctx.sourceFile, "NextResponse") ? "NextResponse" : "Response";
      return () => `if (${failed}) return ${responder}.json(${error}, { status: 400 });`;
    }
  }
}

