// Not a router: a cache keyed by words takes a loader as its second argument, which is no route.
import { draftCache } from "../draft-cache";

// ok: missing-auth -- `draftCache` is made by the project, not by a server framework
draftCache.post("drafts.flush", async () => undefined);
