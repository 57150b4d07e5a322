// The page's API helper: an object whose own `post` sends a request, and whose other methods call it through `this`.
async function send(method, url, body) {
  const response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return response.json();
}

export const sheetsApi = {
  post(url, body) {
    return send("POST", url, body);
  },
  saveSheet(sheet) {
    // ok: missing-auth -- `this` is the object literal, whose own `post` sends a request: no app or router here
    return this.post("/api/sheets", sheet);
  },
};
