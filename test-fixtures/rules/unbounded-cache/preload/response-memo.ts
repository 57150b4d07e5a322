// expect: unbounded-cache
const rendered = new Map<string, string>();

export function rememberRendered(path: string, html: string): void {
  rendered.set(path, html);
}

export function renderedFor(path: string): string | undefined {
  return rendered.get(path);
}
