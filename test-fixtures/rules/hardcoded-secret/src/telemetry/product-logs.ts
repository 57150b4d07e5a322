// Anonymous usage logs the product sends home, through pino transports that run in a worker thread.
import pino from "pino";

export const productLogs = pino({
  transport: {
    targets: [
      {
        target: "@hyperdx/node-opentelemetry/build/src/otel-logger/pino",
        options: {
          // ok: hardcoded-secret -- a HyperDX ingestion key only writes telemetry; its browser SDK ships the same key to every page
          apiKey: "b81d3e60-4c2f-4a97-9e15-7fd0a2c6e938",
          service: "product-usage",
        },
      },
      {
        target: "@acme/pino-archive",
        options: {
          // expect: hardcoded-secret
          apiKey: "e4c09b7a-21f3-4d86-b5a0-93c7e1f2d645",
        },
      },
    ],
  },
});
