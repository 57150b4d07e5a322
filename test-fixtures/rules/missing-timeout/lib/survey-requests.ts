// Imported only by a client component below: it runs in the browser, wherever the file sits.
export async function fetchSurveyPage(origin: string, page: number): Promise<unknown> {
  // ok: missing-timeout -- every importer is a "use client" component, so this is browser code
  const response = await fetch(`${origin}/api/surveys?page=${page}`);
  return response.json();
}
