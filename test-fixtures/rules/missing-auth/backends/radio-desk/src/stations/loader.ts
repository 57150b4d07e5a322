import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts the station server the environment names: the module is picked at run time from this folder. */
export async function startStation(name: string) {
  const station = await import(path.join(here, "..", "stations", `${name}-station.js`));
  await station.start();
}
