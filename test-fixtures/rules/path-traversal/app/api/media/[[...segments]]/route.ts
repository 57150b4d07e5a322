import { readFile } from "node:fs/promises";
import { resolve, sep } from "node:path";

// The media folder's files, by the path the catch-all segment names.
export async function GET(_request: Request, context: { params: Promise<{ segments?: string[] }> }) {
  const { segments } = await context.params;
  const root = resolve(process.env.MEDIA_DIRECTORY ?? "media");
  const target = resolve(root, (segments ?? []).join("/"));
  // Either the root itself or something inside it, after resolve() removed every `..`.
  if (target !== root && !target.startsWith(root + sep)) {
    return new Response("Not found", { status: 404 });
  }
  // ok: path-traversal -- target is resolved and confined to the root by the check above
  return new Response(await readFile(target));
}

// The same check with the root-equality half on its own: it admits only the root, so a path under it is unchecked.
export async function HEAD(_request: Request, context: { params: Promise<{ segments?: string[] }> }) {
  const { segments } = await context.params;
  const root = resolve(process.env.MEDIA_DIRECTORY ?? "media");
  const target = resolve(root, (segments ?? []).join("/"));
  if (target === root) return new Response(null, { status: 204 });
  // expect: path-traversal
  return new Response(await readFile(target));
}
