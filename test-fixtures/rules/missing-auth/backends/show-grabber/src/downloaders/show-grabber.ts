import express from "express";
import { RemoteService } from "./base-client";

// The integration sends the show it fetched back to the downloader: `this.put(path, show)` is an outgoing call whose
// second argument is the request body, not a route handler.
export class ShowGrabber extends RemoteService {
  async monitor(showId: number): Promise<void> {
    const show = await this.get<{ id: number; monitored: boolean }>(`/show/${showId}`);
    show.monitored = true;
    // ok: missing-auth -- an outgoing PUT carrying a fetched record, no route
    await this.put("/show", show as unknown);
    const defaults = { quality: "hd" };
    // ok: missing-auth -- the body is an object literal kept in a const
    await this.post("/show/defaults", defaults);
  }
}

// The grabber's own admin hook is a real route, and it has no guard.
export const grabberRoutes = express.Router();
const requeue = async (_req: express.Request, res: express.Response) => {
  await new ShowGrabber(process.env.GRABBER_URL ?? "").monitor(1);
  res.sendStatus(202);
};
// expect: missing-auth
grabberRoutes.put("/grabber/requeue", requeue);
