// The web app's REST client: plain functions calling the shares API, most of them for the browser.
const sharesApi = process.env.SHARES_API_URL;

// Named through the namespace by a route handler (app/api/shares/[id]/route.ts): it runs on the server.
export async function readShare(id: string): Promise<{ title: string }> {
  // expect: missing-timeout
  const answer = await fetch(`${sharesApi}/shares/${id}`);
  return answer.json();
}

// Named through the namespace only by a client component (app/shelf/shelf-list.tsx).
export async function listShelves(): Promise<string[]> {
  // ok: missing-timeout -- no server code names it: the route takes another member of the namespace
  const answer = await fetch(`${sharesApi}/shelves`);
  return answer.json();
}
