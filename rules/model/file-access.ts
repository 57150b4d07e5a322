// Calls that open, read, write or send a file by path: Node's `fs` and `fs/promises` (and fs-extra), Deno and Bun file
// APIs, Express `res.sendFile`/`res.download`. Shared by rules that ask where a path comes from; it never judges the path.
import { ts } from "ts-morph";
import { calleeText, importedModuleOf, stringValue, unwrapExpression } from "./syntax.js";

export interface FileAccess {
  /** The callee as written (`fs.readFile`, `res.sendFile`). */
  callee: string;
  /** The arguments that are paths. */
  paths: ts.Expression[];
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

/**
 * The file access `call` makes, or undefined. `res.sendFile(name, { root })` and `res.download(name, { root })` are not
 * accesses by arbitrary path: `send` rejects `..` under a root. `frameworkSendsUnderRoot` covers `reply.sendFile` of
 * @fastify/static, which always resolves under the plugin's root.
 */
export function fileAccessOf(call: ts.CallExpression, frameworkSendsUnderRoot = false): FileAccess | undefined {
  const callee = calleeText(call);
  if (!callee) return undefined;
  if (runtimeFileApis.has(callee)) return { callee, paths: call.arguments.slice(0, 1) };
  const parts = callee.split(".");
  const method = parts[parts.length - 1]!;
  if ((method === "sendFile" || method === "download") && parts.length > 1) {
    if (frameworkSendsUnderRoot || call.arguments.slice(1).some((argument) => hasRootOption(argument))) return undefined;
    return { callee, paths: call.arguments.slice(0, 1) };
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

function hasRootOption(argument: ts.Expression): boolean {
  const options = unwrapExpression(argument);
  return (
    ts.isObjectLiteralExpression(options) &&
    options.properties.some((property) => (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && (stringValue(property.name) ?? property.name.getText()) === "root")
  );
}
