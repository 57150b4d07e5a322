const app = require("fastify")();

// The plugin is required in place; its file names no framework, so this package's manifest says its routes are Fastify's.
app.register(require("./routes/follows"), { prefix: "/follows" });
app.listen({ port: 4020 });
