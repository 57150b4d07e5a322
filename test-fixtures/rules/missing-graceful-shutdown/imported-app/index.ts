import { createApp } from "./app";
import { emitter } from "./events";

const app = createApp();
// expect: missing-graceful-shutdown
const server = app.listen(process.env.PORT ?? 3000);
console.log("listening", server.address());

// ok: missing-graceful-shutdown -- not a server: a project object with a method of the same name
emitter.listen("note.created", () => undefined);
