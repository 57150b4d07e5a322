import { Router } from "express";
import { runTask } from "../runner";

const tasks = Router();

// Each module is handed the API router and hangs its own router under it.
export default (parent: Router) => {
  parent.use("/tasks", tasks);

  // ok: missing-auth -- served under /api, behind the express-jwt check the server registers before the mount
  tasks.post("/:id/run", async (req, res) => {
    res.json(await runTask(req.params.id));
  });
};
