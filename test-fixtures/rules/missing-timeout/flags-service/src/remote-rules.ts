// The server package beside the dashboard: the same kind of helper, called from a route.
export async function loadRemoteRules() {
  // expect: missing-timeout
  const response = await fetch("https://rules.example.test/v1/rules");
  return response.json();
}
