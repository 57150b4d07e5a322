import { promises as fs } from "node:fs";
import * as path from "node:path";

// Copies the entry point template into a generated service, with its name filled in.
export async function writeEntry(outputFolder: string, serviceName: string): Promise<void> {
  const template = await fs.readFile(path.join(__dirname, "server.template.ts"), "utf8");
  await fs.writeFile(path.join(outputFolder, "src/main.ts"), template.replace("service-generator", serviceName));
}
