import { createApp } from "./app";
import { emitter } from "./events";

const app = createApp();
// expect: missing-graceful-shutdown
const server = app.listen(process.env.PORT ?? 3000);
const closeOnSignal = () => {
  server.close(() => process.exit(0));
  // Connections that stay busy must not hold the process past the platform's kill deadline.
  setTimeout(() => process.exit(1), 10000);
};
process.once("SIGTERM", closeOnSignal);
process.once("SIGINT", closeOnSignal);
console.log("listening", server.address());

// ok: missing-graceful-shutdown -- not a server: a project object with a method of the same name
emitter.listen("note.created", () => undefined);
