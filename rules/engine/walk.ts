// Pre-order walk over raw TypeScript nodes with an explicit stack, so 10,000-level nesting cannot overflow.
import { ts } from "ts-morph";

export function walkPreOrder(root: ts.Node, visit: (node: ts.Node) => void): void {
  const stack: ts.Node[] = [root];
  const push = (child: ts.Node): void => {
    stack.push(child);
  };
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    // Children are pushed in source order, then that segment is reversed so the first child is popped first.
    let low = stack.length;
    ts.forEachChild(node, push);
    for (let high = stack.length - 1; low < high; low++, high--) {
      const first = stack[low]!;
      stack[low] = stack[high]!;
      stack[high] = first;
    }
  }
}
