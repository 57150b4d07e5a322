import { createServer } from "node:http";

const server = createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("hello");
});

// expect: missing-graceful-shutdown
server.listen(8080);
const closeOnSignal = () => {
  server.close(() => process.exit(0));
  // Connections that stay busy must not hold the process past the platform's kill deadline.
  setTimeout(() => process.exit(1), 10000);
};
process.once("SIGTERM", closeOnSignal);
process.once("SIGINT", closeOnSignal);
