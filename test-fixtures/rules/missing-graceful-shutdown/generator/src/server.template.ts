// The entry point written into each generated service: this project reads the file as text and fills it in; it never
// runs it.
import express from "express";

const app = express();
app.use(express.json());
app.get("/health", (_req, res) => res.json({ ok: true }));

// ok: missing-graceful-shutdown -- a code-generation template, not a server of this project
app.listen(Number(process.env.PORT ?? 3000));
