// Not a Worker's handler: `request` here is whatever a caller passes, possibly a URL string.
export async function forward(request) {
  // expect: missing-timeout
  return fetch(request);
}
