// expect: unbounded-cache
const renderedPreviews: { [url: string]: string } = Object.create(null);

export async function GET(request: Request) {
  const url = new URL(request.url).searchParams.get("url") ?? "";
  renderedPreviews[url] ??= `<html>${url}</html>`;
  return new Response(renderedPreviews[url]);
}
