// Pre-order walk over raw TypeScript nodes with an explicit stack, so 10,000-level nesting cannot overflow.
import { ts } from "ts-morph";

export function walkPreOrder(root: ts.Node, visit: (node: ts.Node) => void): void {
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    children.length = 0;
  }
}
