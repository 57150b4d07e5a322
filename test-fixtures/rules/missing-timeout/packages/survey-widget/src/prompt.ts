// Shows the survey prompt on the embedding page and posts the visitor's answer; only pages run it.
export function submitAnswer(apiBase: string, surveyId: string, answer: string): void {
  // ok: missing-timeout -- the server imports other names of the widget's barrel, never this module: it stays page code
  void fetch(`${apiBase}/surveys/${surveyId}/answers`, { method: "POST", body: JSON.stringify({ answer }), keepalive: true });
}
