// Imported by a client component and by a route handler: the route runs it on the server.
export async function fetchSurveyStats(origin: string): Promise<unknown> {
  // expect: missing-timeout
  const response = await fetch(`${origin}/stats`);
  return response.json();
}
