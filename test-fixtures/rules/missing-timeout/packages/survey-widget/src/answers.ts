// Reads a survey's answers from the survey API; the report service on the server imports this by name.
export async function loadAnswers(apiBase: string, surveyId: string): Promise<unknown> {
  // expect: missing-timeout
  const reply = await fetch(`${apiBase}/surveys/${surveyId}/answers`);
  return reply.json();
}
