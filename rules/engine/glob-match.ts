// Glob matching in time linear in the path for any number of `**` segments. picomatch turns each `**` into a lazy
// `.*?`, and a regular expression with many of them backtracks polynomially in the path's depth (twelve `**/*`
// segments on a deep tree: seconds per path). Here a glob with more than one `**` is matched segment by segment,
// tracking every glob position the path could be at; single segments and simpler globs are picomatch's.
import picomatch from "picomatch";

export interface GlobOptions {
  dot?: boolean;
}

/** One matcher for a list of globs (true when any matches, as picomatch's list form), compiled once. */
export function compileGlobs(globs: readonly string[], options: GlobOptions = {}): (path: string) => boolean {
  const matchers = globs.map((glob) => compileGlob(glob, options));
  return (path) => matchers.some((matches) => matches(path));
}

const globstar = Symbol("globstar");
type Segment = typeof globstar | ((name: string) => boolean);

function compileGlob(glob: string, options: GlobOptions): (path: string) => boolean {
  const negated = glob.startsWith("!") && !glob.startsWith("!(");
  const pattern = negated ? glob.slice(1) : glob;
  const parts = splitSegments(pattern);
  const globstars = parts?.filter((part) => part === "**").length ?? 0;
  if (!parts || globstars <= 1 || parts.includes("")) return picomatch(glob, options);
  const segments: Segment[] = parts.map((part) => (part === "**" ? globstar : picomatch(part, options)));
  const inner = segments.slice(1, -1);
  // `**/test/**`, the shape of most folder globs: the inner segments appear in a row anywhere in the path.
  const matches =
    segments[0] === globstar && segments[segments.length - 1] === globstar && !inner.includes(globstar)
      ? (path: string): boolean => containsRun(inner as Array<(name: string) => boolean>, path.split("/"))
      : (path: string): boolean => matchSegments(segments, path.split("/"));
  return negated ? (path) => !matches(path) : matches;
}

/** Whether `names` holds, somewhere in a row, a name matching each of `run` in turn. */
function containsRun(run: ReadonlyArray<(name: string) => boolean>, names: readonly string[]): boolean {
  for (let start = 0; start + run.length <= names.length; start++) {
    if (run.every((matches, offset) => matches(names[start + offset]!))) return true;
  }
  return false;
}

/** Positions in `segments` reachable after each name of the path; `**` consumes any number of names. */
function matchSegments(segments: readonly Segment[], names: readonly string[]): boolean {
  let positions = closure(segments, new Set([0]));
  for (const name of names) {
    const next = new Set<number>();
    for (const position of positions) {
      const segment = segments[position];
      if (segment === undefined) continue;
      if (segment === globstar) next.add(position);
      else if (segment(name)) next.add(position + 1);
    }
    if (next.size === 0) return false;
    positions = closure(segments, next);
  }
  return positions.has(segments.length);
}

/** A `**` may match no segment: each position before one also stands after it. */
function closure(segments: readonly Segment[], positions: Set<number>): Set<number> {
  for (const position of [...positions].sort((a, b) => a - b)) {
    for (let at = position; segments[at] === globstar; at++) positions.add(at + 1);
  }
  return positions;
}

/** The glob's `/`-separated segments; undefined when a brace, bracket or extglob group spans a `/`. */
function splitSegments(glob: string): string[] | undefined {
  const segments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index];
    if (char === "\\") index++;
    else if (char === "{" || char === "[" || char === "(") depth++;
    else if ((char === "}" || char === "]" || char === ")") && depth > 0) depth--;
    else if (char === "/") {
      if (depth > 0) return undefined;
      segments.push(glob.slice(start, index));
      start = index + 1;
    }
  }
  segments.push(glob.slice(start));
  return segments;
}
