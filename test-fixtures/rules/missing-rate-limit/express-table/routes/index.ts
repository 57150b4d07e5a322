import { Router } from "express";
import authRouter from "./auth";
import sessionsRouter from "./sessions";

const router = Router();

const mounted = [
  { prefix: "/auth", target: authRouter },
  { prefix: "/sessions", target: sessionsRouter },
];

mounted.forEach((entry) => {
  router.use(entry.prefix, entry.target);
});

export default router;
