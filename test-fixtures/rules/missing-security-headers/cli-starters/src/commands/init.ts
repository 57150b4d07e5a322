import { Command } from "commander";
import { cp } from "node:fs/promises";
import * as path from "node:path";

export const init = new Command("init").argument("<dir>").action(async (dir: string) => {
  await cp(path.join(__dirname, "..", "starters", "web"), dir, { recursive: true });
});
