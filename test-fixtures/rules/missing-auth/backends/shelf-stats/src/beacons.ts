import express from "express";
import { accounts } from "./accounts";
import { payments } from "./payments";
import { store } from "./store";

const app = express();
app.use(express.json());
app.use(accounts);
app.use(payments);

// A book page reports that someone looked at it. The handler describes the caller only by the browser it runs in:
// nothing in it reads a session, a cookie or a key, so the author wrote it for visitors who have no account.
// ok: missing-auth -- a page-view beacon: it reads the visitor's User-Agent, no credential, on a fixed path
app.post("/page-views", async (req, res) => {
  const browser = req.headers["user-agent"] ?? "unknown";
  await store.append("page_views", { page: String(req.body.page), browser, at: Date.now() });
  res.status(204).end();
});

// ok: missing-auth -- the same beacon reading the header through the request's getter
app.post("/shelf-opens", async (req, res) => {
  await store.append("shelf_opens", { shelf: String(req.body.shelf), browser: req.get("User-Agent") });
  res.status(204).end();
});

// The browser only reaches a log line: what the handler keeps describes no visitor, so nothing says it is a beacon.
// expect: missing-auth
app.post("/shelves/rebuild", async (req, res) => {
  const browser = req.headers["user-agent"];
  console.info("rebuild asked by", browser);
  await store.append("jobs", { kind: "rebuild-shelves" });
  res.status(202).end();
});

// The same write with no visitor described: nothing says who it is for, so it may be a guard forgotten.
// expect: missing-auth
app.post("/page-views/import", async (req, res) => {
  await store.append("page_views", req.body.rows);
  res.status(204).end();
});

// Reads the browser but also the caller's session cookie: written for signed-in users, so the missing guard counts.
// expect: missing-auth
app.post("/reading-list", async (req, res) => {
  await store.append("reading_list", { book: String(req.body.book), owner: req.cookies.sid, browser: req.headers["user-agent"] });
  res.status(204).end();
});

// A record named in the path is a change to that record, whoever the browser is.
// expect: missing-auth
app.post("/books/:bookId/ratings", async (req, res) => {
  await store.append("ratings", { book: req.params.bookId, stars: Number(req.body.stars), browser: req.headers["user-agent"] });
  res.status(204).end();
});

// `/internal/api/...` is the whole API the shop's own web app calls (its public one is `/api/...`): the prefix sits
// above the API root and names the API, not a sensitive area within it. Its reads are as public as any other.
// ok: missing-auth -- a read of the API the web app's sign-in page calls, under a prefix that names a whole API
app.get("/internal/api/v1/sign-in-options", async (_req, res) => {
  res.json((await store.settings()).signInProviders);
});

// Writes there are still checked as anywhere.
// expect: missing-auth
app.post("/internal/api/v1/settings", async (req, res) => {
  await store.append("settings", req.body);
  res.status(204).end();
});

// `/api/internal/...` is an internal area inside the API: even a read there must be guarded.
// expect: missing-auth
app.get("/api/internal/settings", async (_req, res) => {
  res.json(await store.settings());
});

export default app;
