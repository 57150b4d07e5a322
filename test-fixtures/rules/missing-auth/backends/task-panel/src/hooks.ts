import { Router } from "express";
import { runTask } from "./runner";

const triggers = Router();

const registerTriggers = (parent: Router) => {
  parent.use("/triggers", triggers);

  // Mounted before the token check: anyone can start a task.
  // expect: missing-auth
  triggers.post("/:id", async (req, res) => {
    res.json(await runTask(req.params.id));
  });
};

export default () => {
  const hooks = Router();
  registerTriggers(hooks);
  return hooks;
};
