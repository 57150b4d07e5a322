// NestJS: `@Controller` routes with their `@UseGuards` / public markers / pipes and `@Body()` DTO types, global guards
// and pipes (`APP_GUARD`, `useGlobalGuards`, `APP_PIPE`, `useGlobalPipes`), class-validator DTOs, guard classes, and
// project decorators composed with `applyDecorators(...)` (the project model expands them where they are applied).
import { ts } from "ts-morph";
import { inlineAuthGuards, readsCredential, rejectsUnauthenticated } from "../auth-checks.js";
import type { ExtractionContext, Extractor } from "../summarize.js";
import { isNonProductionOnly, isPlainBody, serverFrameworkOf } from "../app-config.js";
import { isOvernightDecorator } from "./overnight.js";
import { isGlobalDisabled, isLimiterName } from "../rate-limiters.js";
import { assignedValue, calleeText, constantString, constInitializerOf, decoratorsOf, dottedName, enclosingFunction, findDeclaration, importedModuleOf, isFunctionLike, propertyNamed, returnedExpressions, spanOf, stringValue, unwrapExpression } from "../syntax.js";
import type { FileSummary, GuardRef, HttpMethod, NestMiddlewareBinding, RouteSummary } from "../types.js";

const { SyntaxKind } = ts;
export const httpDecorators: Readonly<Record<string, HttpMethod>> = {
  Get: "GET", Post: "POST", Put: "PUT", Patch: "PATCH", Delete: "DELETE", Head: "HEAD", Options: "OPTIONS", All: "ALL",
};
const publicMarkers = new Set(["Public", "AllowAnonymous", "SkipAuth", "IsPublic", "PublicRoute", "Anonymous", "NoAuth"]);
const publicMetadataKey = /public|skip_?auth|anonymous/i;
const validationPipe = /ValidationPipe$/;
/** Decorators from class-validator that constrain a DTO property (`@IsEmail()`, `@Length(1, 80)`, `@ValidateNested()`). */
const classValidatorDecorator = /^(Is[A-Z]\w*|Min\w*|Max\w*|Length|Matches|Contains|NotContains|Equals|NotEquals|ValidateNested|ValidateIf|Allow|Array\w+|Arr\w*)$/;
/** `@nestjs/mapped-types` / `@nestjs/swagger` helpers: the derived DTO keeps its base's validation decorators. */
const mappedTypeHelpers = new Set(["PartialType", "PickType", "OmitType", "IntersectionType"]);
const inputDecorators = new Set(["Body", "Query"]);

export function decoratorName(decorator: ts.Decorator): string | undefined {
  const name = calleeText(decorator);
  return name?.slice(name.lastIndexOf(".") + 1);
}

/** The decorators on `node` that `@nestjs/common` declares, by import (a project's own `Get` is not Nest's). */
export function nestCommonDecorators(node: ts.Node): string[] {
  return decoratorsOf(node).flatMap((decorator) => {
    const name = calleeText(decorator);
    return name && importedModuleOf(name, decorator) === "@nestjs/common" ? [name] : [];
  });
}

/** A controller method's `@Res()`/`@Response()` parameter: Nest hands it the reply, and the method answers through it. */
export function nestResponseParameter(method: ts.SignatureDeclarationBase): ts.ParameterDeclaration | undefined {
  return method.parameters.find((parameter) => nestCommonDecorators(parameter).some((name) => name === "Res" || name === "Response"));
}

/** Nest's HTTP method decorators (and `@Search`): Nest sends what such a controller method returns. */
const answeringDecorators = new Set([...Object.keys(httpDecorators), "Search"]);

/**
 * A return in a Nest controller's route method: the file answers Nest routes, and may answer a document when the
 * value is anything but a plain body (see isPlainBody), since Nest sends a returned string as text/html, or when the
 * method renders a view (`@Render`). A method taking `@Res()` answers through the response, whose calls the app
 * config's document check judges.
 */
function visitReturn(statement: ts.ReturnStatement, summary: FileSummary): void {
  const method = enclosingFunction(statement);
  if (!method || !ts.isMethodDeclaration(method)) return;
  const decorators = nestCommonDecorators(method);
  if (!decorators.some((name) => answeringDecorators.has(name))) return;
  summary.answersNestRoutes = true;
  const renders = decorators.includes("Render");
  if (nestResponseParameter(method) && !renders) return;
  let returned = statement.expression && unwrapExpression(statement.expression);
  while (returned && ts.isAwaitExpression(returned)) returned = unwrapExpression(returned.expression);
  if (renders || (returned && !isPlainBody(returned))) summary.servesDocuments = true;
}

/**
 * Nest's start-up and shutdown hooks, each with the interface from `@nestjs/common` that declares it. A module's
 * `configure(consumer)` (NestModule) runs once, while Nest applies the module's middleware at start-up.
 */
const lifecycleHooks: ReadonlyMap<string, string> = new Map([
  ["configure", "NestModule"], ["onModuleInit", "OnModuleInit"], ["onApplicationBootstrap", "OnApplicationBootstrap"], ["onModuleDestroy", "OnModuleDestroy"],
  ["beforeApplicationShutdown", "BeforeApplicationShutdown"], ["onApplicationShutdown", "OnApplicationShutdown"],
]);

/**
 * `class Storage implements OnModuleInit { async onModuleInit() { … } }`: Nest calls the hook while the application
 * starts or stops, outside any request, so what it throws reaches the log, never a client. The class must implement
 * the hook's interface from `@nestjs/common`.
 */
export function isNestLifecycleHook(method: ts.Node): boolean {
  if (!ts.isMethodDeclaration(method) || !ts.isIdentifier(method.name) || !ts.isClassLike(method.parent)) return false;
  const contract = lifecycleHooks.get(method.name.text);
  if (!contract) return false;
  return (method.parent.heritageClauses ?? []).some(
    (clause) =>
      clause.token === SyntaxKind.ImplementsKeyword &&
      clause.types.some((type) => ts.isIdentifier(type.expression) && type.expression.text === contract && importedModuleOf(contract, method) === "@nestjs/common"),
  );
}

const startupHooks = new Set(["configure", "onModuleInit", "onApplicationBootstrap"]);

/** A lifecycle hook Nest calls once while the application starts (see isNestLifecycleHook). */
export function isNestStartupHook(method: ts.Node): boolean {
  return ts.isMethodDeclaration(method) && ts.isIdentifier(method.name) && startupHooks.has(method.name.text) && isNestLifecycleHook(method);
}

export function decoratorArguments(decorator: ts.Decorator): readonly ts.Expression[] {
  return ts.isCallExpression(decorator.expression) ? decorator.expression.arguments : [];
}

/** `JwtAuthGuard`, `AuthGuard("jwt")` → `AuthGuard`, `new RolesGuard(reflector)` → `RolesGuard`. */
function guardName(expression: ts.Expression): string | undefined {
  const inner = unwrapExpression(expression);
  if (ts.isIdentifier(inner)) return inner.text;
  const injected = ts.isCallExpression(inner) ? injectedInstanceOf(inner) : undefined;
  if (injected) return injected;
  if (ts.isCallExpression(inner) || ts.isNewExpression(inner)) return calleeText(inner);
  return undefined;
}

/** `app.get(ThrottlerGuard)`, `moduleRef.resolve(AuthGuard)`: the instance Nest's container holds of that class. */
function injectedInstanceOf(call: ts.CallExpression): string | undefined {
  const [only, ...rest] = call.arguments;
  if (!only || rest.length > 0 || !ts.isPropertyAccessExpression(call.expression) || !/^(get|resolve)$/.test(call.expression.name.text)) return undefined;
  const argument = unwrapExpression(only);
  const declaration = ts.isIdentifier(argument) ? findDeclaration(argument.text, argument) : undefined;
  return declaration && (ts.isClassDeclaration(declaration) || ts.isImportSpecifier(declaration) || ts.isImportClause(declaration)) ? argument.getText() : undefined;
}

/** Guards named in `@UseGuards(...)` on a class or method, as Nest decorator guards. */
export function useGuardsOf(node: ts.Node): GuardRef[] {
  return decoratorsOf(node)
    .filter((decorator) => decoratorName(decorator) === "UseGuards")
    .flatMap((decorator) => guardsAmong(decoratorArguments(decorator)));
}

function guardsAmong(guardArguments: readonly ts.Expression[]): GuardRef[] {
  return guardArguments.flatMap((argument) => {
    const name = guardName(argument);
    return name ? [{ name, kind: "decorator" as const, span: spanOf(argument) }] : [];
  });
}

/** `Roles("admin")` / `Authenticated` → the identifier it names, when it is not one of Nest's own decorators. */
function projectDecoratorName(expression: ts.Expression): string | undefined {
  const callee = ts.isCallExpression(expression) ? expression.expression : expression;
  if (!ts.isIdentifier(callee)) return undefined;
  return importedModuleOf(callee.text, callee)?.startsWith("@nestjs/") ? undefined : callee.text;
}

/** The project decorators on a class or method: any of them may be composed elsewhere with `applyDecorators`. */
function projectDecoratorsOf(node: ts.Node): string[] {
  return decoratorsOf(node).flatMap((decorator) => {
    const name = projectDecoratorName(decorator.expression);
    return name ? [name] : [];
  });
}

const composesDecorators = new WeakMap<ts.SourceFile, boolean>();

/** Spares every other file's functions the walk for a returned `applyDecorators(...)`. */
function mentionsApplyDecorators(sourceFile: ts.SourceFile): boolean {
  let mentions = composesDecorators.get(sourceFile);
  if (mentions === undefined) composesDecorators.set(sourceFile, (mentions = sourceFile.text.includes("applyDecorators")));
  return mentions;
}

/** `applyDecorators(...)` from `@nestjs/common`: the decorators it composes. */
function composedBy(expression: ts.Expression | undefined): readonly ts.Expression[] | undefined {
  const inner = expression && unwrapExpression(expression);
  if (!inner || !ts.isCallExpression(inner) || !ts.isIdentifier(inner.expression) || inner.expression.text !== "applyDecorators") return undefined;
  return importedModuleOf("applyDecorators", inner) === "@nestjs/common" ? inner.arguments : undefined;
}

/** What a decorator factory returns (`return applyDecorators(...)`, `=> applyDecorators(...)`), or the decorator itself (`const Auth = applyDecorators(...)`). */
function composedDecoratorResult(value: ts.Node): readonly ts.Expression[] | undefined {
  if (ts.isArrowFunction(value) && !ts.isBlock(value.body)) return composedBy(value.body);
  if (!ts.isFunctionDeclaration(value) && !ts.isFunctionExpression(value) && !ts.isArrowFunction(value)) return ts.isExpression(value) ? composedBy(value) : undefined;
  let composed: readonly ts.Expression[] | undefined;
  const visit = (node: ts.Node): void => {
    if (composed || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node)) composed = composedBy(node.expression);
    else ts.forEachChild(node, visit);
  };
  if (value.body) ts.forEachChild(value.body, visit);
  return composed;
}

/** `UseGuards(A, B)` → its arguments. */
function useGuardsArguments(expression: ts.Expression): readonly ts.Expression[] | undefined {
  const call = unwrapExpression(expression);
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "UseGuards" ? call.arguments : undefined;
}

/** `export function Authenticated(...) { return applyDecorators(SetMetadata(...), UseGuards(JwtGuard)) }`: its guards, as `@UseGuards` would give them. */
function visitComposedDecorator(node: ts.FunctionDeclaration | ts.VariableDeclaration, context: ExtractionContext): void {
  if (!node.name || !ts.isIdentifier(node.name) || !mentionsApplyDecorators(context.sourceFile)) return;
  const value = ts.isFunctionDeclaration(node) ? node : node.initializer && unwrapExpression(node.initializer);
  const composed = value && composedDecoratorResult(value);
  if (!composed) return;
  const guards: GuardRef[] = [];
  const decorators: string[] = [];
  for (const part of composed) {
    const useGuards = useGuardsArguments(part);
    const branching = unwrapExpression(part);
    const alternatives = ts.isConditionalExpression(branching) ? [branching.whenTrue, branching.whenFalse].map(useGuardsArguments) : [];
    if (useGuards) guards.push(...guardsAmong(useGuards));
    else if (alternatives.length > 0 && alternatives.every((branch) => branch !== undefined)) {
      const eitherOf = alternatives.map((branch) => guardsAmong(branch!));
      guards.push({ name: eitherOf.map((branch) => branch.map((guard) => guard.name).join("+")).join(" or "), kind: "decorator", span: spanOf(part), eitherOf });
    } else {
      const name = projectDecoratorName(part);
      if (name) decorators.push(name);
    }
  }
  (context.summary.composedDecorators ??= []).push({ name: node.name.text, guards, decorators });
}

export function isMarkedPublic(node: ts.Node): boolean {
  return decoratorsOf(node).some((decorator) => {
    const name = decoratorName(decorator);
    if (name && publicMarkers.has(name)) return true;
    if (name !== "SetMetadata") return false;
    const [key, value] = decoratorArguments(decorator);
    const keyText = key && (stringValue(key) ?? (ts.isIdentifier(key) ? key.text : undefined));
    return !!keyText && publicMetadataKey.test(keyText) && value?.kind === SyntaxKind.TrueKeyword;
  });
}

function hasUsePipes(node: ts.Node): boolean {
  return decoratorsOf(node).some((decorator) => decoratorName(decorator) === "UsePipes" && decoratorArguments(decorator).length > 0);
}

function isPipe(expression: ts.Expression): boolean {
  const name = guardName(expression);
  return !!name && /Pipe$/.test(name);
}

/** The type a parameter is declared with, as the validation rule needs it: a DTO class name, or "any" when it validates nothing. */
function parameterTypeName(parameter: ts.ParameterDeclaration): string {
  const type = parameter.type;
  if (!type || type.kind === SyntaxKind.AnyKeyword || type.kind === SyntaxKind.UnknownKeyword || type.kind === SyntaxKind.ObjectKeyword) return "any";
  if (ts.isTypeReferenceNode(type)) {
    const name = type.typeName.getText();
    return name === "Record" || name === "Object" ? "any" : name;
  }
  if (ts.isTypeLiteralNode(type)) return "any";
  return type.getText();
}

function routeFor(method: ts.MethodDeclaration, httpDecorator: ts.Decorator, controller: ts.ClassDeclaration, prefix: string): RouteSummary {
  const inputDtos: string[] = [];
  let bodyParamType: string | undefined;
  let pipedInput = false;
  for (const parameter of method.parameters) {
    for (const decorator of decoratorsOf(parameter)) {
      const name = decoratorName(decorator);
      if (!name || !inputDecorators.has(name)) continue;
      const typeName = parameterTypeName(parameter);
      if (name === "Body") bodyParamType = typeName;
      if (decoratorArguments(decorator).some(isPipe)) pipedInput = true;
      else inputDtos.push(typeName);
    }
  }
  const [pathArgument] = decoratorArguments(httpDecorator);
  return {
    framework: "nest",
    method: httpDecorators[decoratorName(httpDecorator)!]!,
    path: joinNestPaths(prefix, pathArgument ? pathOf(pathArgument) : ""),
    span: spanOf(method.name),
    handler: spanOf(method),
    // The handler's own checks before its first side effect (a signature verified, a secret compared) guard it as in any framework.
    guards: [...useGuardsOf(controller), ...useGuardsOf(method), ...inlineAuthGuards(method)],
    frameworkValidated: hasUsePipes(controller) || hasUsePipes(method) || pipedInput,
    markedPublic: isMarkedPublic(controller) || isMarkedPublic(method),
    inputDtos,
    bodyParamType,
    ...composedDecoratorsOn(controller, method),
    ...versionOn(controller, method),
    ...(controller.name && { nestController: controller.name.text }),
  };
}

function versionOn(controller: ts.ClassDeclaration, method: ts.MethodDeclaration): Pick<RouteSummary, "nestVersion"> {
  const nestVersion = routeVersion(controller, method);
  return nestVersion !== undefined ? { nestVersion } : {};
}

function composedDecoratorsOn(controller: ts.ClassDeclaration, method: ts.MethodDeclaration): Pick<RouteSummary, "decorators"> {
  const decorators = [...projectDecoratorsOf(controller), ...projectDecoratorsOf(method)];
  return decorators.length > 0 ? { decorators } : {};
}

/** `"users"`, `["users", "people"]` (first), `{ path: "users" }`, or a const of this file holding one (`@Post(CALLBACK_PATH)`). */
export function pathOf(argument: ts.Expression): string {
  const value = constantString(argument);
  if (value !== undefined) return value;
  if (ts.isArrayLiteralExpression(argument)) return argument.elements[0] ? pathOf(argument.elements[0]) : "";
  if (ts.isObjectLiteralExpression(argument)) {
    const path = assignedValue(argument, "path");
    return path ? pathOf(path) : "";
  }
  return "";
}

export function joinNestPaths(prefix: string, path: string): string {
  return "/" + [prefix, path].map((part) => part.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/");
}

function visitController(node: ts.ClassDeclaration, controller: ts.Decorator, context: ExtractionContext): void {
  const [prefixArgument] = decoratorArguments(controller);
  const prefix = prefixArgument ? pathOf(prefixArgument) : "";
  for (const member of node.members) {
    if (!ts.isMethodDeclaration(member)) continue;
    const httpDecorator = httpDecoratorOf(member);
    if (!httpDecorator) continue;
    const route = (): RouteSummary => routeFor(member, httpDecorator, node, prefix);
    context.summary.routes.push(context.memo ? context.memo.reuse("nest-route", node, member, route) : route());
  }
}

/** The `@Get()`/`@Post("x")` decorator that makes a controller method a route. */
export function httpDecoratorOf(method: ts.MethodDeclaration): ts.Decorator | undefined {
  return decoratorsOf(method).find((decorator) => httpDecorators[decoratorName(decorator) ?? ""] !== undefined);
}

/**
 * DTOs: properties with class-validator decorators, `extends createZodDto(schema)`, or built from another DTO; also a
 * mixin factory (`function PageQueryDto(max) { class PageQuery { @IsInt() page … } return PageQuery; }`) that returns
 * such a class, which a DTO extends by calling it (`class ListTenantsDto extends PageQueryDto(100) {}`).
 */
function visitDtoCandidate(node: ts.ClassDeclaration, context: ExtractionContext): void {
  if (!node.name) return;
  const summary = context.summary;
  const names = [node.name.text, ...returningFactoryOf(node)];
  const base = node.heritageClauses?.find((clause) => clause.token === SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const decorated = node.members.some(
    (member) => ts.isPropertyDeclaration(member) && decoratorsOf(member).some((d) => classValidatorDecorator.test(decoratorName(d) ?? "")),
  );
  if (decorated || (base && ts.isCallExpression(base) && calleeText(base) === "createZodDto")) {
    (summary.validatedDtos ??= []).push(...names);
    const fields = node.members.flatMap((member) => (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && checksTypeOrValue(member) ? [member.name.text] : []));
    if (fields.length > 0) (summary.typedDtoFields ??= []).push({ name: node.name.text, fields });
    return;
  }
  if (!base) return;
  const bases = ts.isIdentifier(base)
    ? [base.text]
    : ts.isCallExpression(base) && mappedTypeHelpers.has(calleeText(base) ?? "")
      ? mappedTypeBases(base)
      : ts.isCallExpression(base) && ts.isIdentifier(base.expression)
        ? [base.expression.text]
        : [];
  if (bases.length > 0) (summary.derivedDtos ??= []).push(...names.map((name) => ({ name, bases })));
}

/** The DTO classes a mapped type is built from, through nested helpers (`PartialType(PickType(UserDto, ["email"]))`). */
function mappedTypeBases(call: ts.CallExpression): string[] {
  return call.arguments.flatMap((argument) => {
    const value = unwrapExpression(argument);
    if (ts.isIdentifier(value)) return [value.text];
    return ts.isCallExpression(value) && mappedTypeHelpers.has(calleeText(value) ?? "") ? mappedTypeBases(value) : [];
  });
}

/** class-validator decorators that let any value through as long as one is there (or none is). */
const presenceOnlyDecorator = /^(IsDefined|IsOptional|IsNotEmpty|IsEmpty|Allow|ValidateIf)$/;

function checksTypeOrValue(property: ts.PropertyDeclaration): boolean {
  return decoratorsOf(property).some((decorator) => {
    const name = decoratorName(decorator) ?? "";
    return classValidatorDecorator.test(name) && !presenceOnlyDecorator.test(name);
  });
}

/** The function a class is declared in, by name, when that function returns the class: a mixin factory. */
function returningFactoryOf(node: ts.ClassDeclaration): string[] {
  const fn = node.parent && ts.isBlock(node.parent) ? node.parent.parent : undefined;
  if (!fn || !ts.isFunctionDeclaration(fn) || !fn.name || !node.name) return [];
  const className = node.name.text;
  const returnsIt = fn.body!.statements.some((statement) => ts.isReturnStatement(statement) && !!statement.expression && ts.isIdentifier(statement.expression) && statement.expression.text === className);
  return returnsIt ? [fn.name.text] : [];
}

/** A guard class authenticates when it extends Passport's `AuthGuard(...)` or its `canActivate` checks a credential and rejects. */
function visitGuardCandidate(node: ts.ClassDeclaration, context: ExtractionContext): void {
  if (!node.name) return;
  const base = node.heritageClauses?.find((clause) => clause.token === SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  const extendsPassport = !!base && ts.isCallExpression(base) && calleeText(base) === "AuthGuard";
  // A guard decides in `canActivate`; a module middleware (`implements NestMiddleware`) in `use`, refusing by throwing or answering.
  const entry = methodNamed(node, "canActivate") ?? (implementsNestMiddleware(node) ? methodNamed(node, "use") : undefined);
  const checksCredential =
    !!entry?.body && readsCredential(entry.body) && (rejectsUnauthenticated(entry.body) || returnsFalse(entry.body) || callsRejectingMethod(node, entry.body));
  if ((extendsPassport || checksCredential) && !context.summary.authGuards.includes(node.name.text)) context.summary.authGuards.push(node.name.text);
}

function methodNamed(node: ts.ClassDeclaration, name: string): ts.MethodDeclaration | undefined {
  return node.members.find((member): member is ts.MethodDeclaration => ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name);
}

function implementsNestMiddleware(node: ts.ClassDeclaration): boolean {
  return !!node.heritageClauses?.some(
    (clause) => clause.token === SyntaxKind.ImplementsKeyword && clause.types.some((type) => ts.isIdentifier(type.expression) && type.expression.text === "NestMiddleware"),
  );
}

/** `await this.validateKey(key)` in `canActivate`, where that method of the guard throws `UnauthorizedException`. */
function callsRejectingMethod(guard: ts.ClassDeclaration, body: ts.Block): boolean {
  const called = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.expression.kind === SyntaxKind.ThisKeyword) {
      called.add(node.expression.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return guard.members.some(
    (member) => ts.isMethodDeclaration(member) && ts.isIdentifier(member.name) && called.has(member.name.text) && !!member.body && rejectsUnauthenticated(member.body),
  );
}

function returnsFalse(body: ts.Block): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isFunctionLike(node)) return;
    if (ts.isReturnStatement(node) && node.expression?.kind === SyntaxKind.FalseKeyword) found = true;
    else ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function visitClass(node: ts.ClassDeclaration, context: ExtractionContext): void {
  const controller = decoratorsOf(node).find((decorator) => decoratorName(decorator) === "Controller");
  // overnight's controllers are Express routers (see overnight.ts).
  if (controller && isOvernightDecorator(controller)) return;
  if (controller) return visitController(node, controller, context);
  visitDtoCandidate(node, context);
  visitGuardCandidate(node, context);
}

/** `app.useGlobalGuards(new JwtAuthGuard())`, `app.useGlobalPipes(new ValidationPipe({ whitelist: true }))`. */
function visitCall(node: ts.CallExpression, context: ExtractionContext): void {
  const callee = calleeText(node);
  if (callee?.endsWith(".useGlobalGuards")) {
    for (const argument of node.arguments) {
      const name = guardName(argument);
      if (name) context.summary.globalGuards.push({ name, kind: "decorator", span: spanOf(argument) });
    }
  } else if (callee?.endsWith(".useGlobalPipes")) {
    for (const argument of node.arguments) if (validationPipe.test(guardName(argument) ?? "")) noteGlobalValidationPipe(argument, context);
  } else if ((callee?.endsWith(".register") || callee?.endsWith(".use")) && isNestApplication(node)) {
    noteGlobalLimiter(node, context);
  } else if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "forRoutes") {
    noteMiddlewareBinding(node, context);
  } else if (callee?.endsWith(".setGlobalPrefix")) {
    recordGlobalPrefix(node, context.summary);
  } else if (callee?.endsWith(".enableVersioning")) {
    recordUriVersioning(node, context.summary);
  }
}

/**
 * `consumer.apply(AuthMiddleware).exclude("auth/login").forRoutes(UsersController, "billing")` in a module's
 * `configure(consumer: MiddlewareConsumer)`: the middleware runs before every route of those controllers and paths.
 */
function noteMiddlewareBinding(call: ts.CallExpression, context: ExtractionContext): void {
  const binding: NestMiddlewareBinding = { middleware: [], controllers: [], paths: [], excludes: [] };
  let receiver = (call.expression as ts.PropertyAccessExpression).expression;
  while (ts.isCallExpression(receiver) && ts.isPropertyAccessExpression(receiver.expression)) {
    const method = receiver.expression.name.text;
    if (method === "apply") binding.middleware.push(...guardsAmong(receiver.arguments));
    else if (method === "exclude") binding.excludes.push(...receiver.arguments.flatMap((argument) => routeTargetsOf(argument).paths));
    receiver = receiver.expression.expression;
  }
  if (!ts.isIdentifier(receiver) || binding.middleware.length === 0 || !isMiddlewareConsumer(receiver)) return;
  for (const argument of call.arguments) {
    const targets = routeTargetsOf(argument);
    binding.controllers.push(...targets.controllers);
    binding.paths.push(...targets.paths);
  }
  (context.summary.nestMiddlewareBindings ??= []).push(binding);
}

/** The parameter `consumer: MiddlewareConsumer` of `configure`. */
function isMiddlewareConsumer(receiver: ts.Identifier): boolean {
  const declaration = findDeclaration(receiver.text, receiver);
  const type = declaration && ts.isParameter(declaration) ? declaration.type : undefined;
  return !!type && ts.isTypeReferenceNode(type) && type.typeName.getText() === "MiddlewareConsumer";
}

/**
 * What a `forRoutes`/`exclude` argument names: controller classes, paths (`"users/*"`, `{ path, method }`), and the
 * constant arrays of them spread in (`...authenticatedControllers`). Of `cond ? [A, B] : [A]`, only what both branches name.
 */
function routeTargetsOf(argument: ts.Expression, depth = 0): { controllers: string[]; paths: string[] } {
  const value = unwrapExpression(ts.isSpreadElement(argument) ? argument.expression : argument);
  const none = { controllers: [], paths: [] };
  if (depth > 4) return none;
  const path = stringValue(value);
  if (path !== undefined) return { controllers: [], paths: [path] };
  if (ts.isObjectLiteralExpression(value)) return { controllers: [], paths: [pathOf(value)].filter(Boolean) };
  if (ts.isArrayLiteralExpression(value)) {
    const parts = value.elements.map((element) => routeTargetsOf(element, depth + 1));
    return { controllers: parts.flatMap((part) => part.controllers), paths: parts.flatMap((part) => part.paths) };
  }
  if (ts.isConditionalExpression(value)) {
    const [whenTrue, whenFalse] = [routeTargetsOf(value.whenTrue, depth + 1), routeTargetsOf(value.whenFalse, depth + 1)];
    return { controllers: whenTrue.controllers.filter((name) => whenFalse.controllers.includes(name)), paths: whenTrue.paths.filter((name) => whenFalse.paths.includes(name)) };
  }
  if (!ts.isIdentifier(value)) return none;
  const initializer = constInitializerOf(value);
  return initializer ? routeTargetsOf(initializer, depth + 1) : { controllers: [value.text], paths: [] };
}

/**
 * `app.register(fastifyRateLimit, { max })` or `app.use(rateLimit({ … }))` on the Nest application: every route of the
 * service passes through it, as through a global guard (unless the plugin is registered with `global: false`).
 */
function noteGlobalLimiter(call: ts.CallExpression, context: ExtractionContext): void {
  const [plugin, options] = call.arguments;
  const value = plugin && unwrapExpression(plugin);
  const name = value && (ts.isCallExpression(value) ? calleeText(value) : dottedName(value));
  if (!value || !name || !isLimiterName(name, call)) return;
  if (!options || !isGlobalDisabled(unwrapExpression(options))) context.summary.globalGuards.push({ name, kind: "middleware", span: spanOf(value) });
}

const nestApplicationType = /^(INestApplication|NestExpressApplication|NestFastifyApplication)$/;

/** The call's receiver is the Nest application: `await NestFactory.create(...)`'s result, or a parameter typed as one. */
function isNestApplication(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const receiver = unwrapExpression(callee.expression);
  if (!ts.isIdentifier(receiver)) return false;
  const declaration = findDeclaration(receiver.text, receiver);
  if (!declaration) return false;
  if (ts.isParameter(declaration)) {
    const type = declaration.type;
    const typeName = type && ts.isTypeReferenceNode(type) ? type.typeName.getText() : undefined;
    return typeName !== undefined && nestApplicationType.test(typeName) && (importedModuleOf(typeName, declaration) ?? "").startsWith("@nestjs/");
  }
  return ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined && serverFrameworkOf(declaration.initializer) === "nest";
}

/** `app.setGlobalPrefix("api", { exclude: ["health", { path: "metrics", method: RequestMethod.GET }] })`. */
function recordGlobalPrefix(call: ts.CallExpression, summary: FileSummary): void {
  const globalPrefix = call.arguments[0] && stringValue(unwrapExpression(call.arguments[0]));
  if (globalPrefix === undefined) return;
  const options = call.arguments[1] && unwrapExpression(call.arguments[1]);
  const exclude = options && ts.isObjectLiteralExpression(options) ? assignedValue(options, "exclude") : undefined;
  const excludes = exclude && ts.isArrayLiteralExpression(exclude) ? exclude.elements.flatMap((element) => {
    const value = ts.isObjectLiteralExpression(element) ? assignedValue(element, "path") : element;
    const text = value && stringValue(value);
    return text === undefined ? [] : [text];
  }) : [];
  summary.nestApp = { ...summary.nestApp, globalPrefix, ...(excludes.length > 0 ? { globalPrefixExcludes: excludes } : {}) };
}

/** `app.enableVersioning({ type: VersioningType.URI, defaultVersion: "1" })`: URI versioning is the default type. */
function recordUriVersioning(call: ts.CallExpression, summary: FileSummary): void {
  const options = call.arguments[0] && unwrapExpression(call.arguments[0]);
  const type = options && ts.isObjectLiteralExpression(options) ? assignedValue(options, "type") : undefined;
  if (type && !(ts.isPropertyAccessExpression(type) && type.name.text === "URI")) return;
  const defaultVersion = options && ts.isObjectLiteralExpression(options) ? assignedValue(options, "defaultVersion") : undefined;
  const prefix = options && ts.isObjectLiteralExpression(options) ? assignedValue(options, "prefix") : undefined;
  const version = defaultVersion && versionOf(defaultVersion);
  summary.nestApp = { ...summary.nestApp, uriVersioning: { ...(version !== undefined ? { defaultVersion: version } : {}), prefix: (prefix && stringValue(prefix)) ?? "v" } };
}

/** `"2"`, `["2", "3"]` (the first), `VERSION_NEUTRAL` (""); undefined when not a constant. */
function versionOf(node: ts.Expression): string | undefined {
  const value = unwrapExpression(node);
  if (ts.isIdentifier(value) && value.text === "VERSION_NEUTRAL") return "";
  if (ts.isArrayLiteralExpression(value)) return value.elements[0] ? versionOf(value.elements[0]) : undefined;
  return stringValue(value);
}

/** The version `@Version(...)` on the method gives the route, else the one `@Controller({ version })` gives its class. */
function routeVersion(controller: ts.ClassDeclaration, method: ts.MethodDeclaration): string | undefined {
  const onMethod = decoratorsOf(method).find((decorator) => decoratorName(decorator) === "Version");
  const [methodVersion] = onMethod ? decoratorArguments(onMethod) : [];
  if (methodVersion) return versionOf(methodVersion);
  const onController = decoratorsOf(controller).find((decorator) => decoratorName(decorator) === "Controller");
  const [options] = onController ? decoratorArguments(onController) : [];
  const unwrapped = options && unwrapExpression(options);
  const controllerVersion = unwrapped && ts.isObjectLiteralExpression(unwrapped) ? assignedValue(unwrapped, "version") : undefined;
  return controllerVersion && versionOf(controllerVersion);
}

/** A global ValidationPipe; `new ValidationPipe({ transform: true })` also converts each named query or path value to its declared scalar type. */
function noteGlobalValidationPipe(pipe: ts.Expression, context: ExtractionContext): void {
  context.summary.hasGlobalValidationPipe = true;
  const value = unwrapExpression(pipe);
  const options = ts.isNewExpression(value) && value.arguments?.[0] ? unwrapExpression(value.arguments[0]) : undefined;
  const transform = options && ts.isObjectLiteralExpression(options) ? assignedValue(options, "transform") : undefined;
  if (transform?.kind === SyntaxKind.TrueKeyword) context.summary.globalValidationPipeConverts = true;
}

/**
 * `{ provide: APP_GUARD, useClass: JwtAuthGuard }`, `{ provide: APP_PIPE, useValue: new ValidationPipe() }`, and a
 * factory's product: `{ provide: APP_PIPE, useFactory: () => new ValidationPipe({ whitelist: true }) }`.
 */
function visitProvider(node: ts.ObjectLiteralExpression, context: ExtractionContext): void {
  const property = (key: string): ts.Expression | undefined => assignedValue(node, key);
  const provide = property("provide");
  if (!provide || !ts.isIdentifier(provide)) return;
  const provided = property("useClass") ?? property("useExisting") ?? property("useValue") ?? factoryProduct(node);
  const name = provided && guardName(provided);
  if (!name || !provided) return;
  if (provide.text === "APP_GUARD") context.summary.globalGuards.push({ name, kind: "decorator", span: spanOf(provided) });
  else if (provide.text === "APP_PIPE" && validationPipe.test(name)) noteGlobalValidationPipe(provided, context);
}

/** The instance a provider's `useFactory` returns (`new ValidationPipe(options)`), awaited or not, when it returns one. */
function factoryProduct(provider: ts.ObjectLiteralExpression): ts.Expression | undefined {
  const member = propertyNamed(provider, "useFactory");
  const factory = member && ts.isMethodDeclaration(member) ? member : member && ts.isPropertyAssignment(member) ? unwrapExpression(member.initializer) : undefined;
  if (!factory || !isFunctionLike(factory)) return undefined;
  const products = (returnedExpressions(factory) ?? []).map((returned) => {
    const value = unwrapExpression(returned);
    return ts.isAwaitExpression(value) ? unwrapExpression(value.expression) : value;
  });
  return products.length === 1 && ts.isNewExpression(products[0]!) ? products[0] : undefined;
}

/** `@Module({ providers: [isProd ? Gateway : DevGateway] })`: the classes only a non-production branch of `providers` names. */
function visitModuleProviders(node: ts.ObjectLiteralExpression, context: ExtractionContext): void {
  const call = node.parent;
  if (!ts.isCallExpression(call) || !ts.isDecorator(call.parent) || calleeText(call) !== "Module") return;
  const list = assignedValue(node, "providers");
  if (!list || !ts.isArrayLiteralExpression(list)) return;
  for (const element of list.elements) {
    const inner = unwrapExpression(element);
    if (!ts.isConditionalExpression(inner)) continue;
    for (const branch of [inner.whenTrue, inner.whenFalse]) {
      const provided = unwrapExpression(branch);
      if (ts.isIdentifier(provided) && isNonProductionOnly(provided)) (context.summary.nonProductionProviders ??= []).push(provided.text);
    }
  }
}

export const nestModel: Extractor = {
  kinds: [SyntaxKind.ClassDeclaration, SyntaxKind.CallExpression, SyntaxKind.ObjectLiteralExpression, SyntaxKind.FunctionDeclaration, SyntaxKind.VariableDeclaration, SyntaxKind.ReturnStatement],
  visit(node, context) {
    if (ts.isClassDeclaration(node)) visitClass(node, context);
    else if (ts.isReturnStatement(node)) visitReturn(node, context.summary);
    else if (ts.isCallExpression(node)) visitCall(node, context);
    else if (ts.isObjectLiteralExpression(node)) {
      visitProvider(node, context);
      visitModuleProviders(node, context);
    }
    else if (ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)) visitComposedDecorator(node, context);
  },
};
