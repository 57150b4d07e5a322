// A data helper of a single-page app: its own package (a manifest beside the server's, not under apps/) renders with
// react-dom in the browser, so this fetch runs in a visitor's tab, not in a server's request path.
export async function listFlags(path: string) {
  // ok: missing-timeout -- browser code: the package is a React single-page app, though this file renders nothing
  const response = await fetch(path);
  return response.json();
}
