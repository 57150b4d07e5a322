import { app } from "./app";

// expect: missing-graceful-shutdown
const address = await app.listen({ port: 3000, host: "0.0.0.0" });
app.log.info(`listening on ${address}`);
