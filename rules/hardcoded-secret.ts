// Credentials written into source: known token formats, random literals under secret-like names, literal keys
// handed to signing APIs, insecure fallbacks for secret variables and secrets behind client-exposed env prefixes.
// Every message and fix shows a value only through `redact`; the value itself is only ever deleted.
import { ts } from "ts-morph";
import type { FixBuilder } from "./engine/fix-builder.js";
import { lineIndentation } from "./engine/code-style.js";
import { defineRule, type FixRequest, type RuleContext, type Span } from "./engine/types.js";
import { redact } from "./model/previews.js";
import { isTestRunEnvironment } from "./model/project-tooling.js";
import { envExampleFor, envReadAt, envTemplateValuedAt, isSetByPlatform, runtimePlatformOf, scaffoldFolderOf } from "./model/runtimes.js";
import { identifiersNamed } from "./engine/node-index.js";
import { calleeModuleOf, constInitializerOf, dottedName, escapeTemplateText, findDeclaration, functionBoundTo, hasModifier, importedModuleOf, isFallbackOperator, isInsideFunction, nameWords, objectLiteralBehind, propertyNamed, referencesOf, unwrapExpression } from "./model/syntax.js";
import {
  browserLibraryReading,
  clientExposedPrefixIn,
  clientExposedPrefixOf,
  envNameWithPrefix,
  findNamedSecretFormat,
  findSecretFormat,
  isCredentialOptionValue,
  isLocalHost,
  isAccessKeySecretName,
  isOAuthClientSecretName,
  isPublicCredential,
  isSecretName,
  isWeakSecretOnItsOwn,
  keyMaterialOptions,
  looksRandom,
  secretArgumentAt,
  toEnvName,
  vendorFormatHeldBy,
  isPlaceholder,
  isSwitchValue,
  vendorOfModule,
  type FormatMatch,
  type SecretArgument,
  type SecretVendor,
} from "./model/secrets.js";

const { SyntaxKind } = ts;

type Context = RuleContext<Record<string, never>>;
type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;

/** Where a literal is passed: a call's argument, directly or as an option inside object literals. */
interface CallSite {
  vendor?: SecretVendor;
  /** The matching positional secret argument of the vendor, when the literal is one. */
  argument?: SecretArgument;
  /** The option property the literal is the value of. */
  property?: string;
  /** Every option property from the literal outwards (`["pass", "auth"]` for `{ auth: { pass: "…" } }`). */
  optionPath: string[];
  callee: string;
}

/** `process.env.JWT_SECRET || "dev"` and its relatives: what to keep when the literal goes. */
interface Fallback {
  envName: string;
  /** The name without the project's namespace for its settings (`SECRET_PORT` → `PORT` when most siblings start `SECRET_`). */
  settingName?: string;
  /** The expression to replace with `keep` (a `||`, `??` or conditional), or the `= "dev"` of a destructuring default. */
  replaced: ts.Node | Span;
  keep: string;
  /** The variable the result is bound to, for the fail-closed check. */
  statementTarget?: { name: string; statement: ts.VariableStatement };
}

export default defineRule({
  id: "hardcoded-secret",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    scope: "all",
    fix: "scaffold",
    summary: "Credentials belong in the environment, never in source code.",
    fixTitle: "Move the secret to an environment variable",
    flaggedTextIsSecret: true,
    messages: {
      knownFormat: "{{subject}} holds {{description}} ({{preview}}); move it to {{destination}}.",
      highEntropy: "{{subject}} holds a random-looking credential ({{preview}}); move it to {{destination}}.",
      keyMaterial: "`{{callee}}` is given a hard-coded key ({{preview}}); read it from {{destination}}.",
      credentialOption: "`{{callee}}` is given a hard-coded password ({{preview}}); read it from {{destination}}.",
      insecureFallback:
        "`{{envName}}` falls back to a hard-coded secret ({{preview}}) when it is unset; remove the fallback so the code fails closed.",
      clientExposed:
        "`{{envName}}` looks like a secret, but the {{prefix}} prefix inlines it into the client bundle; keep it server-side under a name without the prefix.",
    },
  },
  check: (ctx) => {
    // A key kept in a const can reach several signing calls (`sign` and `verify`); it is one finding.
    const keysReported = new Set<Literal>();
    return {
      [SyntaxKind.StringLiteral]: (node) => checkLiteral(ctx, node as ts.StringLiteral),
      [SyntaxKind.NoSubstitutionTemplateLiteral]: (node) => checkLiteral(ctx, node as ts.NoSubstitutionTemplateLiteral),
      [SyntaxKind.PropertyAccessExpression]: (node) => checkClientExposedRead(ctx, node as ts.PropertyAccessExpression),
      [SyntaxKind.ElementAccessExpression]: (node) => checkClientExposedRead(ctx, node as ts.ElementAccessExpression),
      [SyntaxKind.CallExpression]: (node) => checkKeyReferences(ctx, node as ts.CallExpression, keysReported),
      [SyntaxKind.NewExpression]: (node) => checkKeyReferences(ctx, node as ts.NewExpression, keysReported),
    };
  },
});

/**
 * A key handed to a signing or session API through a const (`const secret = "…"; jwt.sign(p, secret)`) or an options
 * object kept in one (`const options = { secret: "…" }; app.use(session(options))`): reported at the literal, as if
 * it were written in the call.
 */
function checkKeyReferences(ctx: Context, call: ts.CallExpression | ts.NewExpression, keysReported: Set<Literal>): void {
  if (ctx.isTestFile || !call.arguments?.length) return;
  const callee = calleeModuleOf(call.expression);
  const vendor = (callee.module ? vendorOfModule(callee.module) : undefined) ?? pluginVendor(call);
  const calleeName = dottedName(unwrapExpression(call.expression)) ?? "this call";
  const report = (literal: Literal | undefined, envName: string): void => {
    if (!literal || keysReported.has(literal) || isReportedWhereItIs(literal)) return;
    keysReported.add(literal);
    const data = { callee: calleeName, preview: redact(literal.text), destination: destination(ctx, literal, envName).text };
    ctx.report({ node: literal, messageId: "keyMaterial", data, fix: moveToEnv(ctx, literal, envName, undefined) });
  };
  call.arguments.forEach((argument, index) => {
    const secretArgument = secretArgumentAt(callee, index);
    if (secretArgument?.isKeyMaterial) report(literalBehind(argument), secretArgument.envName);
    if (!vendor) return;
    const options = objectLiteralBehind(argument);
    const isWrittenInCall = options === unwrapExpression(argument);
    for (const property of options?.properties ?? []) {
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      const name = value && propertyNameText(property.name!);
      if (!value || name === undefined || !keyMaterialOptions.has(name)) continue;
      // A literal written in the call itself is the literal visitor's; one in a const options object is reported here.
      const direct = unwrapExpression(value);
      const literal = ts.isStringLiteral(direct) || ts.isNoSubstitutionTemplateLiteral(direct) ? (isWrittenInCall ? undefined : direct) : literalBehind(value);
      report(literal, envNameWithPrefix(vendor.envPrefix, name));
    }
  });
}

/** The string literal an expression reads through one const: `secret` or `config.secret`. */
function literalBehind(expression: ts.Expression): Literal | undefined {
  const value = unwrapExpression(expression);
  if (ts.isIdentifier(value)) {
    const initializer = constInitializerOf(value);
    return initializer && (ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer)) ? initializer : undefined;
  }
  if (ts.isPropertyAccessExpression(value) && ts.isIdentifier(value.expression)) {
    const owner = objectLiteralBehind(value.expression);
    const property = owner?.properties.find((candidate) => ts.isPropertyAssignment(candidate) && propertyNameText(candidate.name) === value.name.text);
    const initializer = property && ts.isPropertyAssignment(property) ? unwrapExpression(property.initializer) : undefined;
    return initializer && (ts.isStringLiteral(initializer) || ts.isNoSubstitutionTemplateLiteral(initializer)) ? initializer : undefined;
  }
  return undefined;
}

/** The literal visitor reports it already: a known format, or a random value under a secret-like name. */
function isReportedWhereItIs(literal: Literal): boolean {
  const targetName = targetNameOf(literal);
  if (findSecretFormat(literal.text) || fallbackOf(literal)) return true;
  return targetName !== undefined && isSecretName(targetName) && looksRandom(literal.text) && !isIdentifierTableEntry(literal);
}

function checkLiteral(ctx: Context, literal: Literal): void {
  const value = literal.text;
  if (value.trim() === "" || isNameOrModulePosition(literal)) return;
  const preview = redact(value);
  const format = findSecretFormat(value);
  const targetName = targetNameOf(literal);
  // `CLIENT_SECRET = "CLIENT_SECRET"`: a value spelling its own key names a setting.
  if (targetName !== undefined && isOwnName(value, targetName)) return;
  if (ctx.isTestFile || isTestRunEnvironment(literal, ctx.filePath)) {
    // Tests mint their own keys, tokens and wrong passwords; only a credential a vendor issued is a leak there, and a
    // format with a checksum or a minted id must have it (a test's hand-typed `ghp_…` does not).
    if (format && isVendorIssued(format, value) && !isExpectedOfMock(ctx.sourceFile, value)) reportFormat(ctx, literal, callSiteOf(literal), targetName, format, "warn");
    return;
  }

  if (isInputHint(ctx, literal)) return;
  if ((!format || !isVendorIssued(format, value)) && isSchemaExample(literal)) return;
  const fallback = fallbackOf(literal);
  if (fallback) {
    if (!format && !isSecretName(fallback.settingName ?? fallback.envName) && !isWeakSecretOnItsOwn(value)) return;
    if (!format && isSwitchValue(value)) return;
    if (!format && isNumericSetting(fallback, value)) return;
    // A variable the bundler inlines into the client holds a browser key by design (`NEXT_PUBLIC_SEARCH_KEY || "demo"`);
    // only a key of a server-secret format, or a name no client may hold, is a leak there.
    if (!format && clientExposedPrefixIn(fallback.envName) && !clientExposedPrefixOf(fallback.envName)) return;
    // `process.env.STRIPE_SECRET_KEY ?? "unconfigured"`: the vendor rejects a made-up key; only self-verified keys (JWT,
    // session, HMAC) let a fallback in.
    if (!format && vendorFormatHeldBy(fallback.envName)) return;
    // `TWITTER_CONSUMER_SECRET || "test"`, `OIDC_CLIENT_SECRET || "clientSecret"`, `S3_SECRET_ACCESS_KEY || "your-…"`:
    // an OAuth client's secret goes to the identity provider, a storage access key's secret to the storage service,
    // and either refuses a stand-in; nothing here is checked with it. A real-looking value may be the project's own.
    if (!format && (isPlaceholder(value) || namesItsVariable(value, fallback.envName)) && (isOAuthClientSecretName(fallback.envName) || isAccessKeySecretName(fallback.envName))) return;
    // `new VendorClient({ apiKey: process.env.X || "000…" })`: a placeholder that only keeps a vendor's client
    // constructible; the vendor rejects it, and nothing of this server is verified with it.
    // So does one of the variable's own words (`OLLAMA_AUTH_TOKEN || "ollama"`): the server's name, not a key.
    if (!format && (isPlaceholder(value) || isWordOfItsVariable(value, fallback.envName)) && configuresPackageClient(fallback.replaced)) return;
    if (!format && refusedWhereItMatters(fallback, value)) return;
    if (!format && !looksRandom(value) && isPresentedToOwnVerifier(ctx, fallback)) return;
    // `password: process.env.DB_PASSWORD || "postgres"` beside `host: process.env.DB_HOST || "localhost"`: the
    // development database's default; a deployed server sets both, and its database refuses the default.
    if (!format && isLocalConnection(literal)) return;
    ctx.report({
      node: literal,
      messageId: "insecureFallback",
      data: { envName: fallback.envName, preview },
      fix: fallbackFix(fallback, literal, ctx),
    });
    return;
  }

  const site = callSiteOf(literal);
  if (site?.property !== undefined && site.optionPath.length === 1 && site.vendor?.browserKeyOptions?.includes(site.property)) return;
  // A `secret` option counts only when passed to a library we know, so `res.json({ secret: "ok" })` stays quiet.
  const isKeyOption = site?.vendor !== undefined && site.property !== undefined && keyMaterialOptions.has(site.property);
  if (site && (site.argument?.isKeyMaterial || isKeyOption)) {
    const envName = envNameFor(ctx, literal, site, targetName, format);
    ctx.report({ node: literal, messageId: "keyMaterial", data: { callee: site.callee, preview, destination: destination(ctx, literal, envName).text }, fix: moveToEnv(ctx, literal, envName, format) });
    return;
  }
  if (format) {
    reportFormat(ctx, literal, site, targetName, format);
    return;
  }
  // `new Pool({ password: "…" })`, `http.request({ auth: "user:…" })`: the parameter says it is a password, however short.
  if (site?.vendor && isCredentialOptionValue(site.vendor, site.optionPath, value) && !isLocalConnection(literal)) {
    const envName = envNameFor(ctx, literal, site, targetName, undefined);
    ctx.report({ node: literal, messageId: "credentialOption", data: { callee: site.callee, preview, destination: destination(ctx, literal, envName).text }, fix: moveToEnv(ctx, literal, envName, undefined) });
    return;
  }
  // A value in its provider's documented shape under a name that mentions the provider (`datadogApiKey`).
  const named = targetName !== undefined || site?.property !== undefined ? findNamedSecretFormat(value, site?.property ?? targetName ?? "") : undefined;
  if (named) {
    const envName = envNameFor(ctx, literal, site, targetName, undefined, named.envName);
    const data = { subject: subjectOf(targetName), description: named.description, preview, destination: destination(ctx, literal, envName).text };
    ctx.report({ node: literal, messageId: "knownFormat", data, fix: moveToEnv(ctx, literal, envName, undefined) });
    return;
  }
  // A hand-written example of a third-party payload (a webhook body kept as sample data): its tokens are the vendor's
  // documentation values, not credentials of this project. Known formats above are still reported.
  if (isInSampleData(literal) || isEmailPreviewProps(literal)) return;
  if (isSearchWidgetKey(literal) || isQueryParameterOfBrowserRequests(ctx, literal)) return;
  const isCredentialPosition = (targetName !== undefined && isSecretName(targetName) && !isIdentifierTableEntry(literal)) || site?.argument !== undefined;
  if (!isCredentialPosition || !looksRandom(value) || isPublicCredential(value) || isCharacterPad(literal)) return;
  const envName = envNameFor(ctx, literal, site, targetName, undefined);
  const data = { subject: subjectOf(targetName), preview, destination: destination(ctx, literal, envName).text };
  ctx.report({ node: literal, messageId: "highEntropy", data, fix: moveToEnv(ctx, literal, envName, undefined) });
}

/**
 * `static CLIENT_TOKEN = "6A5A…"` in browser code, whose every use is a query parameter of an absolute URL
 * (``fetch(`https://speech.example.com/voices?token=${Tts.CLIENT_TOKEN}`)``): each request the page sends shows it to
 * the visitor, so it is public by construction (a token a vendor ships in its own web client). A value of a known
 * secret format is reported before this is asked.
 */
function isQueryParameterOfBrowserRequests(ctx: Context, literal: Literal): boolean {
  const declaration = outermost(literal).parent;
  if (!(ts.isVariableDeclaration(declaration) || ts.isPropertyDeclaration(declaration)) || declaration.initializer !== outermost(literal) || !ts.isIdentifier(declaration.name)) return false;
  if (ctx.project.codeRoleOf(ctx.file) !== "browser") return false;
  const uses = usesOf(ctx, declaration);
  return uses.length > 0 && uses.every((use) => {
    const template = urlQueryHolding(use);
    return !!template && isRequestedHere(ctx, template);
  });
}

/** Where a const or a class field is read: its references, or `Owner.field` / `this.field` accesses. */
function usesOf(ctx: Context, declaration: ts.VariableDeclaration | ts.PropertyDeclaration): ts.Expression[] {
  if (ts.isVariableDeclaration(declaration)) return referencesOf(declaration);
  const name = declaration.name;
  return identifiersNamed(ctx.sourceFile, (name as ts.Identifier).text).flatMap((identifier) => (identifier !== name && ts.isPropertyAccessExpression(identifier.parent) && identifier.parent.name === identifier ? [identifier.parent] : []));
}

/** The template whose substitution `expression` is, once it is in the query string of an absolute URL (`https://h/p?token=${x}`). */
function urlQueryHolding(expression: ts.Expression): ts.TemplateExpression | undefined {
  const span = expression.parent;
  if (!ts.isTemplateSpan(span) || span.expression !== expression) return undefined;
  const template = span.parent;
  const index = template.templateSpans.indexOf(span);
  const before = template.head.text + template.templateSpans.slice(0, index).map((earlier) => earlier.literal.text).join("");
  return /^(https|wss):\/\/[^/?#\s]+[^#\s]*\?/.test(before) ? template : undefined;
}

/** Requests a page sends to the URL it is given first: `fetch(url)`, `new WebSocket(url)`, `new EventSource(url)`, `navigator.sendBeacon(url)`. */
const pageRequests = new Set(["fetch", "WebSocket", "EventSource", "sendBeacon"]);

/** The URL is the first argument of a request this code sends, written in place or through the const or class field holding it. */
function isRequestedHere(ctx: Context, url: ts.Expression): boolean {
  const holder = outermost(url).parent;
  if ((ts.isVariableDeclaration(holder) || ts.isPropertyDeclaration(holder)) && ts.isIdentifier(holder.name) && holder.initializer === outermost(url)) {
    const uses = usesOf(ctx, holder);
    return uses.length > 0 && uses.every(isFirstArgumentOfRequest);
  }
  return isFirstArgumentOfRequest(url);
}

function isFirstArgumentOfRequest(expression: ts.Expression): boolean {
  const outer = outermost(expression);
  const call = outer.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || call.arguments?.[0] !== outer) return false;
  const callee = unwrapExpression(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && pageRequests.has(name);
}

/**
 * The key beside an application id and an index name (`{ appId, apiKey, indexName }`, a docs site's DocSearch block):
 * a site-search widget's search-only key, which every visitor's browser is sent by design. Likewise Algolia request
 * headers whose agent is the browser `lite` client: that build can only search, so the key it carries is one a site
 * hands to its visitors.
 */
function isSearchWidgetKey(literal: Literal): boolean {
  const property = literal.parent;
  if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.parent)) return false;
  const values = new Map(
    property.parent.properties.flatMap((candidate) => {
      const name = candidate.name && propertyNameText(candidate.name);
      const value = ts.isPropertyAssignment(candidate) ? unwrapExpression(candidate.initializer) : undefined;
      return name === undefined ? [] : [[name.toLowerCase(), value && ts.isStringLiteralLike(value) ? value.text : undefined] as const];
    }),
  );
  if ((values.has("appid") || values.has("applicationid")) && values.has("indexname")) return true;
  return values.has("x-algolia-application-id") && /\(lite\)/.test(values.get("x-algolia-agent") ?? "");
}

/** What reads a string's characters one by one: the operands of hand-written character arithmetic. */
const characterReads = new Set(["charCodeAt", "codePointAt", "charAt", "length"]);

/**
 * `const PAD = "…"` that the file only ever reads character by character (`PAD.charCodeAt(i % PAD.length)`): a pad for
 * a hand-written XOR encoding. It is never sent, compared or handed to a signing call, so it authenticates nothing;
 * a value that also leaves through any other use is judged as usual.
 */
function isCharacterPad(literal: Literal): boolean {
  const declaration = outermost(literal).parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !constStatementOf(declaration)) return false;
  if (hasModifier(declaration.parent.parent, SyntaxKind.ExportKeyword)) return false;
  const references = referencesOf(declaration);
  return references.length > 0 && references.every(readsCharacters);
}

/**
 * `token: { type: "string", examples: ["eyJ…"] }`: the `example`/`examples` of a JSON Schema or OpenAPI object (one
 * with a sibling schema keyword) documents a value's shape for the API's readers; nothing signs or verifies with it.
 * A key a vendor issued is a leak wherever it is written, so the caller still reports those.
 */
function isSchemaExample(literal: Literal): boolean {
  const holder = ts.isArrayLiteralExpression(literal.parent) ? literal.parent : literal;
  const property = holder.parent;
  if (!ts.isPropertyAssignment(property) || property.initializer !== holder) return false;
  const schema = property.parent;
  const isExample = ["example", "examples"].some((key) => propertyNamed(schema, key) === property);
  return isExample && schemaKeywords.some((key) => propertyNamed(schema, key) !== undefined);
}

const schemaKeywords = ["type", "$ref", "properties", "items", "schema", "format", "enum", "oneOf", "anyOf", "allOf", "pattern"];

/**
 * `const keyHint = "-----BEGIN PRIVATE KEY-----…"` in browser code whose every reference is a JSX
 * `placeholder={keyHint}`: grey example text shown in an empty input, which the code sends nowhere and verifies
 * nothing with. A literal written in the attribute itself is judged as usual.
 */
function isInputHint(ctx: Context, literal: Literal): boolean {
  const declaration = outermost(literal).parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name) || !constStatementOf(declaration)) return false;
  if (hasModifier(declaration.parent.parent, SyntaxKind.ExportKeyword) || ctx.project.codeRoleOf(ctx.file) !== "browser") return false;
  const references = referencesOf(declaration);
  return references.length > 0 && references.every(isPlaceholderAttributeValue);
}

function isPlaceholderAttributeValue(reference: ts.Identifier): boolean {
  const value = reference.parent;
  const attribute = value.parent;
  return ts.isJsxExpression(value) && value.expression === reference && !!attribute && ts.isJsxAttribute(attribute) && attribute.name.getText() === "placeholder";
}

function readsCharacters(reference: ts.Identifier): boolean {
  const parent = reference.parent;
  return (ts.isPropertyAccessExpression(parent) && parent.expression === reference && characterReads.has(parent.name.text)) || (ts.isElementAccessExpression(parent) && parent.expression === reference);
}

/** Assertions on a test double's recorded calls (jest, vitest, sinon-chai): only a mock function has them. */
const mockCallAssertions = new Set(["toBeCalledWith", "toHaveBeenCalledWith", "toHaveBeenLastCalledWith", "lastCalledWith", "toHaveBeenNthCalledWith", "nthCalledWith", "calledWith", "calledWithExactly"]);
const expectedOfMocks = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

/**
 * The test asserts that a mock was called with this very string (`expect(request).toHaveBeenCalledWith({ headers: {
 * "api-key": "…" } })`): the code under test hands it to a test double, not to the vendor, so the test never needed
 * a working credential and the value is a stand-in. Strings of the file's mock-call assertions, collected once per file.
 */
function isExpectedOfMock(sourceFile: ts.SourceFile, value: string): boolean {
  let expected = expectedOfMocks.get(sourceFile);
  if (!expected) {
    const strings = new Set<string>();
    const collect = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node)) strings.add(node.text);
      ts.forEachChild(node, collect);
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && mockCallAssertions.has(node.expression.name.text)) node.arguments.forEach(collect);
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    expectedOfMocks.set(sourceFile, (expected = strings));
  }
  return expected.has(value);
}

function isVendorIssued(match: FormatMatch, value: string): boolean {
  const { format } = match;
  return !format.isSelfMinted && (!format.hasIssuedStructure || format.hasIssuedStructure(value.slice(match.start, match.end)));
}

function reportFormat(ctx: Context, literal: Literal, site: CallSite | undefined, targetName: string | undefined, format: FormatMatch, severity?: "warn"): void {
  const envName = envNameFor(ctx, literal, site, targetName, format);
  const data = { subject: subjectOf(targetName), description: format.format.description, preview: redact(literal.text), destination: destination(ctx, literal, envName).text };
  // Moving the credential out of a longer text (a command line, dotenv text) would print the rest of the flagged
  // literal in the fix's diff; the message says where it belongs instead.
  const rest = literal.text.length - (format.end - format.start);
  ctx.report({ node: literal, messageId: "knownFormat", data, severity, ...(rest < 8 && { fix: moveToEnv(ctx, literal, envName, format) }) });
}

function checkClientExposedRead(ctx: Context, node: ts.PropertyAccessExpression | ts.ElementAccessExpression): void {
  // A test reading the variable ships nothing to a browser.
  if (ctx.isTestFile || !isEnvObject(node.expression)) return;
  const envName = accessedName(node);
  const prefix = envName && clientExposedPrefixOf(envName);
  if (!envName || !prefix) return;
  // A variable an installed browser library reads under this very name is in the bundle by that library's design.
  const library = browserLibraryReading(envName);
  if (library && ctx.project.declaresDependency(ctx.filePath, library)) return;
  const serverName = envName.slice(prefix.length);
  // Only Next.js reads the same variables on the server; Vite and Expo bundles have no server side to move to.
  const fix: FixRequest | undefined =
    prefix === "NEXT_PUBLIC_"
      ? {
          title: `Read ${serverName} on the server instead`,
          apply: (edit) =>
            edit
              .offerAsSuggestion("rename the variable where it is deployed first")
              .replace(node, `process.env.${serverName}`)
              .appendLines(envExampleFor(ctx.filePath, ctx.settings), `${serverName}=`),
        }
      : undefined;
  ctx.report({ node, messageId: "clientExposed", data: { envName, prefix }, ...(fix ? { fix } : {}) });
}

/** Options naming the server a credential is for: a password for a local server is a development default. */
// `endPoint` and `endpoint`: the host option of object-store clients (MinIO, S3-compatible SDKs).
const hostOptions = new Set(["host", "hostname", "server", "endPoint", "endpoint"]);

/**
 * The object literal around the literal names a local host (`{ host: "localhost", password: "postgres" }`), or a host
 * read from the environment that falls back to one (`host: process.env.DB_HOST || "localhost"`): the defaults
 * describe a development server together.
 */
function isLocalConnection(literal: Literal): boolean {
  for (let node: ts.Node = literal; node.parent && !isFunctionBoundary(node.parent); node = node.parent) {
    if (!ts.isObjectLiteralExpression(node)) continue;
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = propertyNameText(property.name);
      if (name !== undefined && hostOptions.has(name) && isLocalHostValue(property.initializer)) return true;
    }
  }
  return false;
}

function isLocalHostValue(expression: ts.Expression): boolean {
  const value = unwrapExpression(expression);
  if (ts.isStringLiteralLike(value)) return isLocalHost(value.text);
  return ts.isBinaryExpression(value) && isDefaultingOperator(value.operatorToken.kind) && envNameOfRead(value.left) !== undefined && isLocalHostValue(value.right);
}

/** Words of an exported binding (or its declared type) that present its value as example data. */
const sampleWords = new Set(["sample", "samples", "example", "examples", "fixture", "fixtures", "mock", "mocks", "demo", "stub", "stubs"]);

/**
 * The literal sits in a nested object literal (a payload, not a flat settings object) inside the initializer of an
 * exported binding whose name or declared type calls it samples, examples, fixtures or mocks.
 */
function isInSampleData(literal: Literal): boolean {
  let objectDepth = 0;
  for (let node: ts.Node = literal; node.parent; node = node.parent) {
    if (ts.isObjectLiteralExpression(node)) objectDepth++;
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) && parent.initializer === node) {
      const statement = parent.parent.parent;
      const exported = ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === SyntaxKind.ExportKeyword) === true;
      const words = [...(ts.isIdentifier(parent.name) ? nameWords(parent.name.text) : []), ...(parent.type ? nameWords(parent.type.getText()) : [])];
      return exported && objectDepth >= 2 && words.some((word) => sampleWords.has(word));
    }
    if (isFunctionBoundary(parent)) return false;
  }
  return false;
}

/**
 * `WelcomeEmail.PreviewProps = { token: "…" }` in a react-email template: the props the preview server renders the
 * exported component with, sample data by the framework's convention, never sent to anyone.
 */
function isEmailPreviewProps(literal: Literal): boolean {
  for (let node: ts.Node = literal; node.parent && !isFunctionBoundary(node.parent); node = node.parent) {
    const assignment = node.parent;
    if (!ts.isBinaryExpression(assignment) || assignment.right !== node || assignment.operatorToken.kind !== SyntaxKind.EqualsToken) continue;
    const target = assignment.left;
    if (!ts.isPropertyAccessExpression(target) || target.name.text !== "PreviewProps" || !ts.isIdentifier(target.expression)) return false;
    const component = functionBoundTo(target.expression.text, target);
    return component !== undefined && isExported(target.expression.text, component) && importsReactEmail(literal.getSourceFile());
  }
  return false;
}

/** `export default function Name`, `export const Name = …`, or a later `export default Name`. */
function isExported(name: string, component: ts.Node): boolean {
  const declaration = ts.isFunctionDeclaration(component) ? component : component.parent.parent?.parent;
  if (declaration && hasModifier(declaration, SyntaxKind.ExportKeyword)) return true;
  return component.getSourceFile().statements.some((statement) => ts.isExportAssignment(statement) && ts.isIdentifier(statement.expression) && statement.expression.text === name);
}

function importsReactEmail(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return false;
    const module = statement.moduleSpecifier.text;
    return module === "react-email" || module.startsWith("@react-email/");
  });
}

function isFunctionBoundary(node: ts.Node): boolean {
  return ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node) || ts.isClassDeclaration(node);
}

/** `"clientSecret"` for `OIDC_CLIENT_SECRET`: the value spells the last words of the variable's name, a stand-in for it. */
function namesItsVariable(value: string, envName: string): boolean {
  const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  return normalise(value).length >= 6 && normalise(envName).endsWith(normalise(value));
}

/** `ollama` of `IMAGE_GEN_OLLAMA_AUTH_TOKEN`: the value is a whole word of the variable's name (four letters or more). */
function isWordOfItsVariable(value: string, envName: string): boolean {
  return value.length >= 4 && envName.toLowerCase().split(/[^a-z0-9]+/).includes(value.toLowerCase());
}

function isOwnName(value: string, name: string): boolean {
  const normalise = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  return normalise(value) === normalise(name);
}

/**
 * One row of a table of identifiers: an enum or object literal whose string values share one shape (all UUIDs, say)
 * under names that are mostly not secret-like, so the few names that happen to contain `Pass` or `Token` (a password
 * manager's brand) say nothing about their values.
 */
function isIdentifierTableEntry(literal: Literal): boolean {
  const outer = outermost(literal);
  const entry = outer.parent;
  const table = ts.isEnumMember(entry) ? entry.parent : ts.isPropertyAssignment(entry) ? entry.parent : undefined;
  if (!table || !(ts.isEnumDeclaration(table) || ts.isObjectLiteralExpression(table))) return false;
  const shape = shapeOf(literal.text);
  let rows = 0;
  let secretNamed = 0;
  const members: readonly ts.Node[] = ts.isEnumDeclaration(table) ? table.members : table.properties;
  for (const member of members) {
    if (!(ts.isEnumMember(member) || ts.isPropertyAssignment(member)) || !member.initializer) continue;
    const value = unwrapExpression(member.initializer);
    const name = propertyNameText(member.name);
    if (!ts.isStringLiteralLike(value) || name === undefined || shapeOf(value.text) !== shape) continue;
    rows++;
    if (isSecretName(name)) secretNamed++;
  }
  return rows >= 4 && secretNamed * 2 < rows;
}

/** Length and alphabet of a value: `8-4-4-4-12 hex`, `32 alnum`. */
function shapeOf(value: string): string {
  const alphabet = /^[0-9a-f-]+$/i.test(value) ? "hex" : /^[A-Za-z0-9]+$/.test(value) ? "alnum" : "other";
  return `${value.replace(/[^-]/g, "").length}:${value.length}:${alphabet}`;
}

/** Literals that name things rather than hold values: imports, property keys, types, `process.env["X"]`. */
function isNameOrModulePosition(literal: Literal): boolean {
  const parent = literal.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isImportAttribute(parent) || ts.isModuleDeclaration(parent)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) && parent.name === literal) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === literal) return true;
  if (ts.isCallExpression(parent) && (parent.expression.kind === SyntaxKind.ImportKeyword || (ts.isIdentifier(parent.expression) && parent.expression.text === "require"))) return true;
  return false;
}

/** The expression as it sits in the code, through parentheses and type assertions. */
function outermost(node: ts.Expression): ts.Expression {
  let current: ts.Expression = node;
  while (
    ts.isParenthesizedExpression(current.parent) ||
    ts.isAsExpression(current.parent) ||
    ts.isSatisfiesExpression(current.parent) ||
    ts.isNonNullExpression(current.parent) ||
    ts.isTypeAssertionExpression(current.parent)
  ) {
    current = current.parent;
  }
  return current;
}

/** `process.env`, `import.meta.env`, `Bun.env`, a Worker's `env` or Hono's `c.env`. */
function isEnvObject(node: ts.Expression): boolean {
  const expression = unwrapExpression(node);
  if (ts.isIdentifier(expression)) return expression.text === "env";
  if (!ts.isPropertyAccessExpression(expression) || expression.name.text !== "env") return false;
  const owner = expression.expression;
  return ts.isIdentifier(owner) || ts.isMetaProperty(owner) || ts.isPropertyAccessExpression(owner);
}

function accessedName(node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  return ts.isStringLiteralLike(node.argumentExpression) ? node.argumentExpression.text : undefined;
}

/** The variable an expression reads from the environment: `process.env.X`, `env["X"]`, `Deno.env.get("X")`. */
function envNameOfRead(node: ts.Expression): string | undefined {
  const expression = unwrapExpression(node);
  if ((ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) && isEnvObject(expression.expression)) {
    return accessedName(expression);
  }
  if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression) && expression.expression.name.text === "get") {
    const [argument] = expression.arguments;
    const owner = expression.expression.expression;
    if (argument && ts.isStringLiteralLike(argument) && ts.isPropertyAccessExpression(owner) && owner.name.text === "env") return argument.text;
  }
  if (ts.isBinaryExpression(expression) && isDefaultingOperator(expression.operatorToken.kind)) return envNameOfRead(expression.right);
  return undefined;
}

function isDefaultingOperator(kind: ts.SyntaxKind): boolean {
  return kind === SyntaxKind.BarBarToken || kind === SyntaxKind.QuestionQuestionToken;
}

/**
 * `fetch(url, { headers: { "X-API-Key": process.env.API_KEY || "NO-DEFINED" } })` where the project's other service
 * checks `process.env.API_KEY !== header` with no fallback of its own: the value is one this code presents, and the
 * verifier compares it with the key it is set to, so a made-up stand-in opens nothing. A random-looking value may be
 * the shared key itself and stays reported, as does any fallback whose variable no code of the project compares as is.
 */
function isPresentedToOwnVerifier(ctx: Context, fallback: Fallback): boolean {
  if (!("kind" in fallback.replaced)) return false;
  const header = outermost(fallback.replaced as ts.Expression).parent;
  const headers = header.parent;
  const option = headers?.parent;
  const call = option?.parent?.parent;
  if (!ts.isPropertyAssignment(header) || !ts.isObjectLiteralExpression(headers) || !option || !ts.isPropertyAssignment(option) || propertyNameText(option.name) !== "headers") return false;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(option.parent as ts.Expression)) return false;
  const start = call.getStart(ctx.sourceFile);
  if (!ctx.file.outboundCalls.some((entry) => entry.span.start === start)) return false;
  return ctx.project.envReads().some((read) => read.name === fallback.envName && read.isComparedAsIs);
}

/** `new Client({ apiKey: <expression> })` with `Client` imported from an installed package: a client's credential option. */
function configuresPackageClient(replaced: ts.Node | Span): boolean {
  if (!("kind" in replaced)) return false;
  const property = replaced.parent;
  const options = property?.parent;
  const created = options?.parent;
  if (!property || !ts.isPropertyAssignment(property) || !options || !ts.isObjectLiteralExpression(options) || !created || !ts.isNewExpression(created)) return false;
  if (!ts.isIdentifier(created.expression) || created.arguments?.[0] !== options) return false;
  const module = importedModuleOf(created.expression.text, created);
  // Not a relative, absolute or root-alias (`@/`, `~/`, `#/`) specifier: the project's own module.
  return module !== undefined && !/^([./]|[@~#]\/)/.test(module);
}

const numberConversions = new Set(["Number", "parseInt", "parseFloat", "Number.parseInt", "Number.parseFloat"]);

/**
 * `Number(process.env.TOKEN_CALC_CONCURRENCY || "5")`: a digits-only fallback turned into a number where it is
 * read. A number is a count or a limit, never a credential, whatever the setting is called.
 */
function isNumericSetting(fallback: Fallback, value: string): boolean {
  if (!/^\d+$/.test(value.trim()) || !("kind" in fallback.replaced)) return false;
  const read = outermost(fallback.replaced as ts.Expression);
  const call = read.parent;
  if (ts.isPrefixUnaryExpression(call) && call.operator === ts.SyntaxKind.PlusToken) return true;
  return ts.isCallExpression(call) && call.arguments[0] === read && numberConversions.has(dottedName(call.expression) ?? "");
}

function fallbackOf(literal: Literal): Fallback | undefined {
  const outer = outermost(literal);
  const parent = outer.parent;
  if (ts.isBinaryExpression(parent) && parent.right === outer && isDefaultingOperator(parent.operatorToken.kind)) {
    const envName = envNameOfRead(parent.left);
    if (!envName) return undefined;
    return { envName, replaced: parent, keep: parent.left.getText(), statementTarget: constDeclarationOf(parent) };
  }
  if (ts.isConditionalExpression(parent) && parent.whenFalse === outer) {
    const envName = envNameOfRead(parent.whenTrue);
    if (!envName || envNameOfRead(parent.condition) !== envName) return undefined;
    return { envName, replaced: parent, keep: parent.whenTrue.getText(), statementTarget: constDeclarationOf(parent) };
  }
  if (ts.isBindingElement(parent) && parent.initializer === outer && ts.isObjectBindingPattern(parent.parent)) {
    const declaration = parent.parent.parent;
    if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || !isEnvObject(declaration.initializer)) return undefined;
    const key = parent.propertyName ?? parent.name;
    if (!ts.isIdentifier(key) || !ts.isIdentifier(parent.name)) return undefined;
    const statement = constStatementOf(declaration);
    return {
      envName: key.text,
      settingName: withoutSharedNamespace(key.text, parent.parent),
      replaced: { start: parent.name.end, end: parent.initializer.end },
      keep: "",
      statementTarget: statement && { name: parent.name.text, statement },
    };
  }
  return undefined;
}

/**
 * `const { APP_PORT = "3000", APP_HOST = "localhost", APP_JWT_SECRET = "dev", … } = process.env`: a first word that
 * most of the settings read together start with is the project's namespace for all of them (Hemmelig prefixes every
 * setting `SECRET_`), so it says nothing about one of them; the rest of the name does (`PORT`, `JWT_SECRET`).
 */
function withoutSharedNamespace(envName: string, pattern: ts.ObjectBindingPattern): string | undefined {
  const separator = envName.indexOf("_");
  if (separator <= 0 || separator === envName.length - 1) return undefined;
  const namespace = envName.slice(0, separator + 1);
  const names = pattern.elements.map((element) => element.propertyName ?? element.name).filter(ts.isIdentifier);
  const sharing = names.filter((name) => name.text.startsWith(namespace)).length;
  return sharing >= 5 && sharing >= names.length * 0.75 ? envName.slice(separator + 1) : undefined;
}

/**
 * `const KEY = process.env.KEY || "dev"; if (isProduction && KEY === "dev") throw new Error(...)`: the statement right
 * after the declaration refuses the fallback itself (the fail-closed check this rule's fix would add), so it only ever
 * runs where the project allows a development key.
 */
function refusedWhereItMatters(fallback: Fallback, value: string): boolean {
  const target = fallback.statementTarget;
  const block = target?.statement.parent;
  if (!target || !block || !(ts.isSourceFile(block) || ts.isBlock(block))) return false;
  const next = block.statements[block.statements.indexOf(target.statement) + 1];
  if (!next || !ts.isIfStatement(next) || !exitsOnly(next.thenStatement)) return false;
  const comparesFallback = (node: ts.Node): boolean => {
    if (ts.isBinaryExpression(node) && equality.has(node.operatorToken.kind)) {
      const sides = [unwrapExpression(node.left), unwrapExpression(node.right)];
      if (sides.some((side) => ts.isIdentifier(side) && side.text === target.name) && sides.some((side) => ts.isStringLiteralLike(side) && side.text === value)) return true;
    }
    return ts.forEachChild(node, comparesFallback) ?? false;
  };
  return comparesFallback(next.expression);
}

const equality = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken]);

/** `throw …`, or a block of only that. */
function exitsOnly(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement)) return true;
  return ts.isBlock(statement) && statement.statements.length === 1 && ts.isThrowStatement(statement.statements[0]!);
}

/** `const name = <expression>;` as the only declaration of a const statement. */
function constDeclarationOf(expression: ts.Expression): Fallback["statementTarget"] {
  const parent = outermost(expression).parent;
  if (!ts.isVariableDeclaration(parent) || !ts.isIdentifier(parent.name)) return undefined;
  const statement = constStatementOf(parent);
  return statement && { name: parent.name.text, statement };
}

function constStatementOf(declaration: ts.VariableDeclaration): ts.VariableStatement | undefined {
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) return undefined;
  return ts.isVariableStatement(list.parent) ? list.parent : undefined;
}

/** The name the literal is stored under: variable, property, class field, parameter or assignment target. */
function targetNameOf(literal: Literal): string | undefined {
  const outer = outermost(literal);
  const parent = outer.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isParameter(parent) || ts.isEnumMember(parent)) && parent.initializer === outer) {
    return propertyNameText(parent.name);
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === outer) return propertyNameText(parent.name);
  if (ts.isBindingElement(parent) && parent.initializer === outer) return propertyNameText(parent.propertyName ?? parent.name);
  if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === SyntaxKind.EqualsToken) {
    const left = parent.left;
    if (ts.isIdentifier(left)) return left.text;
    if (ts.isPropertyAccessExpression(left)) return left.name.text;
    if (ts.isElementAccessExpression(left) && ts.isStringLiteralLike(left.argumentExpression)) return left.argumentExpression.text;
  }
  return undefined;
}

function propertyNameText(name: ts.Node): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteralLike(name) || ts.isPrivateIdentifier(name)) return name.text.replace(/^#/, "");
  return undefined;
}

/** The call the literal is handed to, directly or as an option value inside (nested) object literals. */
function callSiteOf(literal: Literal): CallSite | undefined {
  let current: ts.Expression = outermost(literal);
  const optionPath: string[] = [];
  while (ts.isPropertyAssignment(current.parent) && ts.isObjectLiteralExpression(current.parent.parent)) {
    const name = propertyNameText(current.parent.name);
    const holder = current.parent.parent;
    // A pino transport `{ target: "<module>", options: {…} }`: the worker loads that module and hands it the options.
    const target = name === "options" ? transportTargetOf(holder) : undefined;
    if (target !== undefined) return { vendor: vendorOfModule(target), property: optionPath[0], optionPath, callee: target };
    if (name !== undefined) optionPath.push(name);
    current = outermost(holder);
  }
  const call = current.parent;
  if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments?.includes(current)) return undefined;
  const index = call.arguments.indexOf(current);
  const callee = calleeModuleOf(call.expression);
  const vendor = (callee.module ? vendorOfModule(callee.module) : undefined) ?? pluginVendor(call);
  const property = optionPath[0];
  const argument = property === undefined ? secretArgumentAt(callee, index) : undefined;
  return { vendor, argument, property, optionPath, callee: dottedName(unwrapExpression(call.expression)) ?? "this call" };
}

/** The module a transport object names as its `target` (`{ target: "pino-pretty", options }`). */
function transportTargetOf(object: ts.ObjectLiteralExpression): string | undefined {
  const target = object.properties.find((property) => ts.isPropertyAssignment(property) && propertyNameText(property.name) === "target");
  const value = target && ts.isPropertyAssignment(target) ? unwrapExpression(target.initializer) : undefined;
  return value && ts.isStringLiteralLike(value) ? value.text : undefined;
}

/** `fastify.register(fastifyJwt, { secret })`: the plugin argument names the vendor. */
function pluginVendor(call: ts.CallExpression | ts.NewExpression): SecretVendor | undefined {
  for (const argument of call.arguments ?? []) {
    if (!ts.isIdentifier(argument)) continue;
    const vendor = vendorOfModule(importedModuleOf(argument.text, argument) ?? argument.text);
    if (vendor) return vendor;
  }
  return undefined;
}

function subjectOf(targetName: string | undefined): string {
  return targetName ? `\`${targetName}\`` : "This string";
}

/**
 * The variable to move the secret to: the SDK's conventional name for a positional secret, else the name the
 * code stores it under (prefixed with the vendor, or with its owner when the name alone fits any vendor), else the
 * format's conventional name.
 */
function envNameFor(ctx: Context, literal: Literal, site: CallSite | undefined, targetName: string | undefined, format: FormatMatch | undefined, conventionalName?: string): string {
  if (site?.argument) return site.argument.envName;
  const prefix = site?.vendor?.envPrefix;
  const name = site?.property ?? targetName;
  if (name) {
    const isDescriptive = nameWords(name).length > 1 || prefix !== undefined;
    const fitsFormat = !format || isSecretName(name) || sharesWord(name, format.format.envName);
    if (isDescriptive && fitsFormat) return prefix ? envNameWithPrefix(prefix, name) : ownedEnvName(ctx, literal, toEnvName(name));
  }
  if (format) return format.format.envName;
  if (conventionalName !== undefined && (!name || !isSecretName(name))) return conventionalName;
  return prefix ? envNameWithPrefix(prefix, name ?? "SECRET") : ownedEnvName(ctx, literal, toEnvName(name ?? "SECRET"), "APP");
}

/** Words that say what a credential is but not whose: `API_KEY`, `CLIENT_SECRET`, `ACCESS_TOKEN` fit every vendor. */
const credentialOnlyWords = new Set(["api", "key", "keys", "secret", "secrets", "token", "tokens", "password", "pass", "passwd", "pwd", "access", "client", "auth", "private", "app", "bearer", "credential", "credentials"]);
/** Words of a holder's name that say it holds settings, not for whom (`TmdbClient`, `searchOptions`, `headers`). */
const holderWords = new Set(["client", "clients", "service", "services", "api", "sdk", "provider", "adapter", "integration", "config", "configuration", "conf", "options", "opts", "settings", "headers", "header", "params", "defaults", "default", "env"]);

/**
 * A name made only of credential words (`apiKey` → `API_KEY`) takes its owner from the code around the literal, so
 * the variable says whose key it is: the object holding it (`const tmdbOptions = { apiKey }`, `{ search: { apiKey }
 * }`) or the class (`class MovieDbClient`). Without one it stays general (`API_KEY`, or `APP_SECRET` for a bare
 * `secret`) unless the package already reads that variable for something else; then the file names the owner.
 */
function ownedEnvName(ctx: Context, literal: Literal, base: string, generalPrefix?: string): string {
  if (!nameWords(base).every((word) => credentialOnlyWords.has(word))) return base;
  const owner = ownerWordsOf(literal);
  if (owner.length > 0) return [...owner, base].join("_").toUpperCase();
  const general = generalPrefix ? `${generalPrefix}_${base}` : base;
  // The variable belongs to this package's deployment (its `.env.example`): another package may use the name freely.
  if (!isReadByPackage(ctx, general)) return general;
  const fileWords = fileOwnerWords(ctx.filePath);
  return fileWords.length > 0 ? [...fileWords, base].join("_").toUpperCase() : general;
}

/** Whether code of this file's package reads `envName` (its deployment sets it for that code). */
function isReadByPackage(ctx: Context, envName: string): boolean {
  const packageRoot = scaffoldFolderOf(ctx.filePath, ctx.settings);
  return ctx.project.envReads().some((read) => read.name === envName && scaffoldFolderOf(read.filePath, ctx.settings) === packageRoot);
}

/**
 * Why moving the secret to `envName` is only offered, when the name is new to the package: nothing of it reads the
 * variable, its `.env.example` sets no value for it and its platform does not provide it, so no deployment sets it, and the read that refuses a missing
 * value stops the app where the secret worked before (a bundled vendor key, a default the README documents).
 */
function unknownEnvNameReason(ctx: Context, envName: string): string | undefined {
  if (isReadByPackage(ctx, envName) || isSetByDeployment(ctx, envName)) return undefined;
  return `nothing in the package reads ${envName} and no .env.example sets it: every deployment would have to add it first`;
}

/** The package's `.env.example` gives `envName` a value, or its platform provides it: a deployment sets it. */
function isSetByDeployment(ctx: Context, envName: string): boolean {
  if (isSetByPlatform(runtimePlatformOf(ctx.file, ctx.settings), envName)) return true;
  return envTemplateValuedAt(scaffoldFolderOf(ctx.filePath, ctx.settings), ctx.settings)?.includes(envName) === true;
}

/**
 * The nearest holder of the literal that names an owner: an enclosing property or binding of the object literals
 * around it (not past a call: a call's result is named after what it returns), else the enclosing class.
 */
function ownerWordsOf(literal: Literal): string[] {
  let isPastCall = false;
  for (let node: ts.Node = outermost(literal); node.parent; node = node.parent) {
    const parent = node.parent;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) isPastCall = true;
    const holder = ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) ? parent : undefined;
    const isHolder = !isPastCall && holder?.initializer === node && ts.isObjectLiteralExpression(unwrapExpression(holder.initializer));
    const words = isHolder ? ownerWords(propertyNameText(holder.name) ?? "") : ts.isClassLike(parent) && parent.name ? ownerWords(parent.name.text) : [];
    if (words.length > 0) return words;
  }
  return [];
}

function ownerWords(name: string): string[] {
  return nameWords(name).filter((word) => !credentialOnlyWords.has(word) && !holderWords.has(word));
}

/** The nearest of the file's name and its folders' (`catalog/index.ts` → `catalog`) that names an owner. */
function fileOwnerWords(filePath: string): string[] {
  const parts = filePath.replace(/\.[^./\\]+$/, "").split(/[\\/]/).reverse();
  for (const part of parts.slice(0, 4)) {
    const words = ownerWords(part).filter((word) => !layoutWords.has(word));
    if (words.length > 0) return words;
  }
  return [];
}

/** File and folder names that say where code sits, not what it is for. */
const layoutWords = new Set(["index", "main", "src", "lib", "source", "dist", "app", "apps", "packages", "server"]);

function sharesWord(name: string, envName: string): boolean {
  const envWords = new Set(nameWords(envName));
  return nameWords(name).some((word) => envWords.has(word));
}

/**
 * How this file reads `envName` (see runtimes.ts). On Workers the variable is a binding, declared in the Worker's
 * `Env` type and set with `wrangler secret put`: only a binding in scope that no declared type constrains can be
 * read as is, and module scope has none, so those fixes are suggestions.
 */
function destination(ctx: Context, node: ts.Node, envName: string): { text: string; caveat?: string; inBrowser?: boolean } {
  // Browser code ships every value it holds to each visitor, and has no server environment to read (a bundler inlines
  // `process.env` reads or leaves them undefined): the secret belongs in server code that makes the call.
  if (ctx.project.codeRoleOf(ctx.file) === "browser") return { text: `server code that makes this call and reads ${envName} there (browser code sends every value it holds to each visitor)`, inBrowser: true };
  const platform = runtimePlatformOf(ctx.file, ctx.settings);
  const read = envReadAt(node, envName, platform);
  if (platform !== "workers") return { text: read! };
  if (!read) return { text: `env.${envName}`, caveat: "pass the Worker's env to this code" };
  if (isUntypedBinding(node, read)) return { text: read };
  return { text: read, caveat: `declare ${envName} in the Worker's bindings and set it with wrangler secret put` };
}

/** `env` is an enclosing function's parameter with no declared type (or `any`), so any name may be read from it. */
function isUntypedBinding(node: ts.Node, read: string): boolean {
  if (!read.startsWith("env.")) return false;
  const declaration = findDeclaration("env", node);
  if (!declaration || !ts.isParameter(declaration)) return false;
  return !declaration.type || declaration.type.kind === SyntaxKind.AnyKeyword;
}

/**
 * Replaces the literal (or just the credential inside it) with an environment read and declares the variable; none in
 * browser code, where the call itself has to move to the server.
 */
function moveToEnv(ctx: Context, literal: Literal, envName: string, format: FormatMatch | undefined): FixRequest | undefined {
  const target = destination(ctx, literal, envName);
  if (target.inBrowser) return undefined;
  const value = literal.text;
  const isWhole = !format || (format.start === 0 && format.end === value.length);
  // The same read the fallback fix writes: a missing value stops the code where it is read instead of sending
  // `undefined` (or "Bearer undefined"), and the value keeps the string type the literal had.
  const read = refusingRead(target.text, envName);
  const replacement = isWhole
    ? (holdsAnyExpression(literal) ? read : `(${read})`)
    : "`" + escapeTemplateText(value.slice(0, format.start)) + "${" + read + "}" + escapeTemplateText(value.slice(format.end)) + "`";
  const suggestionReason = target.caveat ?? unknownEnvNameReason(ctx, envName);
  return {
    title: `Move the secret to ${target.text}`,
    apply: (edit) => {
      edit.replace(literal, replacement).appendLines(envExampleFor(ctx.filePath, ctx.settings), `${envName}=`);
      if (suggestionReason) edit.offerAsSuggestion(suggestionReason);
    },
  };
}

/** `read || (() => { throw … })()`: the variable's value, or an error naming it when it is missing or empty. */
function refusingRead(read: string, envName: string): string {
  return `${read} || (() => { throw new Error("${envName} is not set"); })()`;
}

/** Whether `node` sits where any expression (a `||` included) may stand without parentheses. */
function holdsAnyExpression(node: ts.Expression): boolean {
  const parent = node.parent;
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return parent.expression !== node;
  if (ts.isBinaryExpression(parent)) return parent.right === node && parent.operatorToken.kind === SyntaxKind.EqualsToken;
  if (ts.isConditionalExpression(parent)) return parent.condition !== node;
  return (
    ts.isVariableDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isParameter(parent) ||
    ts.isBindingElement(parent) ||
    ts.isArrayLiteralExpression(parent) ||
    ts.isParenthesizedExpression(parent) ||
    ts.isReturnStatement(parent) ||
    ts.isSpreadElement(parent) ||
    ts.isTemplateSpan(parent) ||
    ts.isArrowFunction(parent) ||
    ts.isExportAssignment(parent)
  );
}

/**
 * The fix refuses a missing value where it is read. Where the value is one setting of a module-level settings object,
 * that throw runs whenever any importer loads the object for any other setting (a port, a feature switch), so every
 * install that never set this variable stops at start-up: there the fix is only offered. So it is where no
 * `.env.example` of the package sets the variable (nor its platform): the installs relying on the fallback would stop.
 */
function fallbackFix(fallback: Fallback, literal: Literal, ctx: Context): FixRequest {
  const title = `Remove the fallback and require ${fallback.envName}`;
  const apply = (edit: FixBuilder) => removeFallback(edit, fallback, ctx);
  const reason = isSettingOfModuleConfig(literal)
    ? `one setting of a config object built while the module loads: importing it throws when ${fallback.envName} is unset`
    : !isSetByDeployment(ctx, fallback.envName)
      ? `no .env.example of the package sets ${fallback.envName}: installs that rely on the fallback would stop where it is read`
      : undefined;
  return reason ? { title, apply: (edit) => apply(edit.offerAsSuggestion(reason)) } : { title, apply };
}

/**
 * `export const config = { port: …, secret: env.X || "…" }`, `module.exports = { jwt: { secret: … } }` or `const { PORT =
 * "3000", JWT_SECRET = "…" } = process.env` at module level: the fallback sits in an object (or a destructuring with
 * other defaults) of several settings, evaluated at load, not handed to a call.
 */
function isSettingOfModuleConfig(literal: Literal): boolean {
  if (isInsideFunction(literal)) return false;
  let value: ts.Node = literal;
  while (ts.isParenthesizedExpression(value.parent) || ts.isConditionalExpression(value.parent) || (ts.isBinaryExpression(value.parent) && isFallbackOperator(value.parent.operatorToken.kind))) value = value.parent;
  const holder = value.parent;
  if (ts.isBindingElement(holder)) return ts.isObjectBindingPattern(holder.parent) && holder.parent.elements.filter((element) => element.initializer).length > 1;
  if (!ts.isPropertyAssignment(holder)) return false;
  let object: ts.Node = holder.parent;
  while (ts.isPropertyAssignment(object.parent) && ts.isObjectLiteralExpression(object.parent.parent)) object = object.parent.parent;
  let root = object.parent;
  while (ts.isParenthesizedExpression(root) || ts.isAsExpression(root) || ts.isSatisfiesExpression(root)) root = root.parent;
  const isBound = ts.isVariableDeclaration(root) || ts.isExportAssignment(root) || (ts.isBinaryExpression(root) && root.operatorToken.kind === SyntaxKind.EqualsToken);
  return isBound && ts.isObjectLiteralExpression(object) && object.properties.length > 1;
}

function removeFallback(edit: FixBuilder, fallback: Fallback, ctx: Context): void {
  edit.appendLines(envExampleFor(ctx.filePath, ctx.settings), `${fallback.envName}=`);
  // The read refuses a missing value where the fallback stood (`process.env.X || (() => { throw … })()`): the code fails
  // closed and the value keeps its string type everywhere it is read, functions declared before a separate check
  // included (TypeScript does not carry a narrowing into them).
  if ("kind" in fallback.replaced) edit.replace(fallback.replaced, refusingRead(fallback.keep, fallback.envName));
  else {
    edit.replace(fallback.replaced, fallback.keep);
    addFailClosedCheck(edit, fallback.statementTarget, fallback.envName);
  }
}

/** After `const secret = process.env.X;`, stop at startup when X is missing instead of running without a key. */
function addFailClosedCheck(edit: FixBuilder, target: Fallback["statementTarget"], envName: string): void {
  if (!target) return;
  const text = target.statement.getSourceFile().text;
  const indent = lineIndentation(text, target.statement.getStart());
  edit.insertAfter(target.statement, `\n${indent}if (!${target.name}) throw new Error("${envName} is not set");`);
}
