import express from "express";
import { openAdminConsole } from "./admin/console";
import { checkEnvironment } from "./settings";
import { statementsRouter } from "./statements/routes";

checkEnvironment();

const app = express();

async function launch() {
  await openAdminConsole(app);
  app.use("/statements", statementsRouter);
  app.listen(8080);
}

launch();
