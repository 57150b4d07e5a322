// A file's nodes by kind and its identifiers by name, gathered by one walk and kept per file: a question about what a
// function's body holds (does it read a credential, where is this parameter used) reads the few nodes of the kinds it
// asks about inside the body's span instead of walking the body again. Summaries ask a dozen such questions of every
// named function, and of nested functions again inside their parents' bodies.
import { ts } from "ts-morph";
import { walkPreOrder } from "./walk.js";

interface NodeIndex {
  /** Every node of the file, in pre-order (the order `walkPreOrder` visits them). */
  all: ts.Node[];
  /** Nodes by `SyntaxKind`, each list in pre-order, which is ascending `pos`. */
  byKind: Array<ts.Node[] | undefined>;
  /** Identifiers by their text, each list in pre-order: made when first asked (most files never are). */
  byName?: Map<string, ts.Identifier[]>;
}

const indexes = new WeakMap<ts.SourceFile, NodeIndex>();
const none: readonly ts.Node[] = [];

function indexOf(sourceFile: ts.SourceFile): NodeIndex {
  let index = indexes.get(sourceFile);
  if (!index) {
    const built: NodeIndex = { all: [], byKind: [] };
    walkPreOrder(sourceFile, (node) => {
      built.all.push(node);
      (built.byKind[node.kind] ??= []).push(node);
    });
    indexes.set(sourceFile, (index = built));
  }
  return index;
}

/** Every node of the file in pre-order, from the index (the walk that builds it is the only one). */
export function nodesInPreOrder(sourceFile: ts.SourceFile): readonly ts.Node[] {
  return indexOf(sourceFile).all;
}

/**
 * Calls `visit` with the nodes of `list` (ascending `pos`) that are `root` or inside it, in pre-order, until it answers
 * true. Spans nest or are disjoint, so a node strictly inside the root's span is a descendant; one touching its edge may
 * be an ancestor with the same span or an empty sibling, and its parents decide.
 */
function someWithin<T extends ts.Node>(list: readonly T[], root: ts.Node, visit: (node: T) => boolean): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.pos < root.pos) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < list.length; i++) {
    const node = list[i]!;
    if (node.pos > root.end) break;
    if (node.end > root.end) continue;
    if (((node.pos > root.pos && node.end < root.end) || isInside(node, root)) && visit(node)) return true;
  }
  return false;
}

function isInside(node: ts.Node, root: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if (current === root) return true;
    if (current.pos < root.pos || current.end > root.end) return false;
  }
  return false;
}

function listOfKind(root: ts.Node, kind: ts.SyntaxKind): readonly ts.Node[] {
  return indexOf(root.getSourceFile()).byKind[kind] ?? none;
}

/** The nodes of `kind` that are `root` or inside it (nested functions included), in pre-order. */
export function descendantsOfKind<T extends ts.Node = ts.Node>(root: ts.Node, kind: ts.SyntaxKind): T[] {
  const found: T[] = [];
  someWithin(listOfKind(root, kind) as readonly T[], root, (node) => {
    found.push(node);
    return false;
  });
  return found;
}

/**
 * Whether `test` holds for `root` or a node inside it whose kind is one of `kinds`: `someDescendant` for a test that only
 * a node of those kinds can pass. Kinds are tried in the order given, so a test with effects sees them kind by kind.
 */
export function someDescendantOfKinds(root: ts.Node, kinds: readonly ts.SyntaxKind[], test: (node: ts.Node) => boolean): boolean {
  for (const kind of kinds) if (someWithin(listOfKind(root, kind), root, test)) return true;
  return false;
}

/** The identifiers spelled `name` that are `root` or inside it, in pre-order. */
export function identifiersNamed(root: ts.Node, name: string): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  someWithin(identifiersByName(root.getSourceFile()).get(name) ?? [], root, (node) => {
    found.push(node);
    return false;
  });
  return found;
}

function identifiersByName(sourceFile: ts.SourceFile): Map<string, ts.Identifier[]> {
  const index = indexOf(sourceFile);
  if (!index.byName) {
    index.byName = new Map();
    for (const identifier of (index.byKind[ts.SyntaxKind.Identifier] ?? none) as readonly ts.Identifier[]) {
      const named = index.byName.get(identifier.text);
      if (named) named.push(identifier);
      else index.byName.set(identifier.text, [identifier]);
    }
  }
  return index.byName;
}
