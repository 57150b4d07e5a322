// Test utilities: a client the end-to-end suites use to sign in and enrol a learner.
export async function enrolLearner(baseUrl: string, course: string): Promise<Response> {
  // ok: missing-timeout -- testing tools, run by the test suites against a local portal
  return fetch(`${baseUrl}/api/enrolments`, { method: "POST", body: JSON.stringify({ course }) });
}
