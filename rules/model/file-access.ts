// Calls that open, read, write or send a file by path: Node's `fs` and `fs/promises` (and fs-extra), Deno and Bun file
// APIs, Express `res.sendFile`/`res.download` and the `send` module they use. Shared by rules that ask where a path comes from; it never judges the path.
import { ts } from "ts-morph";
import { calleeText, functionBoundTo, importedModuleOf, objectLiteralBehind, requiredModule, stringValue, unwrapExpression } from "./syntax.js";

export interface FileAccess {
  /** The callee as written (`fs.readFile`, `res.sendFile`). */
  callee: string;
  /** The arguments that are paths. */
  paths: ts.Expression[];
  /**
   * The API refuses a path with a `..` segment as given (`send`, behind Express's `sendFile`, does when no root is set), so only a path normalised before the call, or one the request chooses whole, reaches outside.
   */
  refusesParentSegments?: boolean;
}

const fsModules = new Set(["fs", "node:fs", "fs/promises", "node:fs/promises", "fs-extra", "graceful-fs"]);
/** fs functions whose first argument is a path; those in `twoPathFunctions` take a second path too. */
const pathFunctions = new Set([
  "readFile", "readFileSync", "writeFile", "writeFileSync", "appendFile", "appendFileSync", "createReadStream", "createWriteStream",
  "unlink", "unlinkSync", "rm", "rmSync", "rmdir", "rmdirSync", "mkdir", "mkdirSync", "readdir", "readdirSync", "stat", "statSync",
  "lstat", "lstatSync", "access", "accessSync", "exists", "existsSync", "open", "openSync", "opendir", "truncate", "chmod", "chown",
  "readlink", "realpath", "outputFile", "readJson", "readJSON", "writeJson", "remove", "pathExists",
]);
const twoPathFunctions = new Set(["copyFile", "copyFileSync", "rename", "renameSync", "cp", "cpSync", "symlink", "link", "copy", "move"]);
const runtimeFileApis = new Set(["Deno.readFile", "Deno.readTextFile", "Deno.writeFile", "Deno.writeTextFile", "Deno.open", "Deno.remove", "Deno.readDir", "Bun.file", "Bun.write"]);

/** Express's response methods that serve a file through `send` (`sendfile` is the deprecated spelling of `sendFile`). */
const sendingMethods = new Set(["sendFile", "sendfile", "download"]);

/**
 * The file access `call` makes, or undefined. `res.sendFile(name, { root })` and `res.download(name, { root })` are not
 * accesses by arbitrary path: `send` rejects `..` under a root, so the root is the path that matters. `frameworkSendsUnderRoot`
 * covers `reply.sendFile` of @fastify/static, which always resolves under the plugin's root.
 */
export function fileAccessOf(call: ts.CallExpression, frameworkSendsUnderRoot = false): FileAccess | undefined {
  const callee = calleeText(call);
  // `send(req, path, options)` and `require("send")(req, path)`.
  if (sendModuleCall(call) && call.arguments[1]) {
    const root = call.arguments[2] && rootOption(call.arguments[2]);
    return root ? { callee: "send", paths: [root] } : { callee: "send", paths: [call.arguments[1]], refusesParentSegments: true };
  }
  if (!callee) return undefined;
  if (runtimeFileApis.has(callee)) return { callee, paths: call.arguments.slice(0, 1) };
  const parts = callee.split(".");
  const method = parts[parts.length - 1]!;
  if (sendingMethods.has(method) && parts.length > 1) {
    if (frameworkSendsUnderRoot) return undefined;
    // Options held in a variable built elsewhere may set the root: nothing is known of the path then.
    const options = call.arguments[method === "download" ? 2 : 1];
    if (options && ts.isIdentifier(unwrapExpression(options)) && !objectLiteralBehind(options) && !functionBoundTo(options.getText(), options)) return undefined;
    const root = call.arguments.slice(1).map(rootOption).find((option) => option !== undefined);
    // `download` resolves the path itself before handing it to `sendFile`, so its `..` segments are gone by then.
    return root ? { callee, paths: [root] } : { callee, paths: call.arguments.slice(0, 1), refusesParentSegments: method !== "download" };
  }
  if (!pathFunctions.has(method) && !twoPathFunctions.has(method)) return undefined;
  if (!isFsBinding(parts[0]!, call)) return undefined;
  return { callee, paths: call.arguments.slice(0, twoPathFunctions.has(method) ? 2 : 1) };
}

/** `fs`, `fsp`, `readFile` (named import) or `promises` bound to an fs module; `fs.promises.x` goes through `fs`. */
function isFsBinding(root: string, from: ts.Node): boolean {
  const module = importedModuleOf(root, from);
  return module !== undefined && fsModules.has(module);
}

/** A call of the `send` module itself, imported or required (a local `send` helper is not it). */
function sendModuleCall(call: ts.CallExpression): boolean {
  const callee = unwrapExpression(call.expression);
  if (ts.isIdentifier(callee)) return importedModuleOf(callee.text, callee) === "send";
  return requiredModule(callee) === "send";
}

/** The `root` of a `send` options object literal: the value itself, or the name a shorthand property reads. */
function rootOption(argument: ts.Expression): ts.Expression | undefined {
  const options = objectLiteralBehind(argument);
  if (!options) return undefined;
  for (const property of options.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    if ((stringValue(property.name) ?? property.name.getText()) !== "root") continue;
    return ts.isPropertyAssignment(property) ? property.initializer : property.name;
  }
  return undefined;
}
