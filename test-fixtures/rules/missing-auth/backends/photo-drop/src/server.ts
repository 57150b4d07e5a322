import express from "express";

const app = express();
const albums: string[] = [];

function requireCurator(req: express.Request, res: express.Response, next: express.NextFunction) {
  if (req.get("x-curator-key") !== process.env.CURATOR_KEY) return res.status(401).end();
  next();
}

// Every method of /albums/:id passes the curator check first, whatever registers its handlers after it.
app.all("/albums/:id", requireCurator);

// ok: missing-auth -- the app.all registration for the same path runs first
app.delete("/albums/:id", (req, res) => {
  res.status(204).send(req.params.id);
});

// expect: missing-auth -- a check registered after the handler never runs before it
app.post("/albums", (req, res) => {
  albums.push(String(req.body.title));
  res.status(201).end();
});
app.all("/albums", requireCurator);

export default app;
