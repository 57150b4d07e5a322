import { Router } from "express";
import receiveVendorEvent from "../controllers/receive-vendor-event.js";
import replayVendorEvent from "../controllers/replay-vendor-event.js";

const router = Router();

// ok: missing-auth -- the imported controller refuses with 401 unless the vendor's signature over the form checks out
router.post("/vendor/events", receiveVendorEvent);

// expect: missing-auth
router.post("/vendor/replay", replayVendorEvent);

export default router;
