import { fork } from "node:child_process";
import { startDesk } from "./http/desk-server.js";
import { startStation } from "./stations/loader.js";

await startDesk(Number(process.env.PORT ?? 3000));
await startStation(process.env.STATION ?? "fm");
// The listener statistics run in a process of their own: no import names the module.
fork(new URL("./http/listener-stats.js", import.meta.url));
