// In-source tests live in this file's own `import.meta.vitest` block; the file itself is production code.
export async function resolveViaResolver(resolverUrl: string, name: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`${resolverUrl}?name=${encodeURIComponent(name)}`);
  return response.json();
}
