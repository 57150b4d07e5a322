import { app } from "./app";
import { onShutdown } from "./lifecycle";

// ok: missing-graceful-shutdown -- lifecycle.ts closes what it is given on SIGTERM and SIGINT
const server = app.listen(3000);
onShutdown(() => new Promise<void>((resolve) => server.close(() => resolve())));
