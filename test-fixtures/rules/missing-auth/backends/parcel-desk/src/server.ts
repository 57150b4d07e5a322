import express from "express";
import jwt from "jsonwebtoken";
import { ActionTable, type DeskContext } from "./action-table";
import archiveActions from "./actions/archive";
import { relabelActions } from "./actions/relabel";
import { RouteBook } from "./book/route-book";
import { pickupRoutes } from "./book/pickups";

const actions = new ActionTable<DeskContext>();
archiveActions(actions);
relabelActions(actions);

function requireClerk(req: express.Request, res: express.Response, next: express.NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return res.status(401).json({ error: "sign in" });
  try {
    res.locals.clerk = (jwt.verify(token, process.env.DESK_SIGNING_KEY!) as { sub: string }).sub;
    next();
  } catch {
    res.status(401).json({ error: "sign in again" });
  }
}

const app = express();
app.use(express.json());

// ok: missing-auth -- the dispatch route itself checks the bearer token before it runs any filed action
app.all("/desk/*", requireClerk, async (req, res) => {
  const action = actions.find(req.method, req.path.slice("/desk".length));
  if (!action) return res.status(404).end();
  res.json(await action({ params: req.params, body: req.body }, { clerk: res.locals.clerk, req }));
});

const book = new RouteBook();
pickupRoutes(book);
app.use("/book", book.router);

app.listen(3000);
