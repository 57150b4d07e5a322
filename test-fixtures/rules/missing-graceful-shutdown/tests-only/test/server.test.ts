import express from "express";

const app = express();
// ok: missing-graceful-shutdown -- test code: a server started and stopped by the test run
const server = app.listen(3001);
after(() => server.close());
