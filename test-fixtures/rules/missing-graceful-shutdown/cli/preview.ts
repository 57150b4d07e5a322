import { Command } from "commander";
import express from "express";

new Command("preview").action(() => {
  const app = express();
  app.use(express.static("dist"));
  // ok: missing-graceful-shutdown -- a command-line tool's preview server, stopped by the person running it
  app.listen(5000);
}).parse();
