import express from "express";

export function startServer(options: { seedTokens: { project: string; secret: string }[] }): void {
  const app = express();
  app.get("/health", (_req, res) => res.json({ tokens: options.seedTokens.length }));
  app.listen(Number(process.env.PORT ?? 4242));
}

startServer({
  seedTokens: [
    // expect: hardcoded-secret
    { project: "*", secret: "*:*.c507abc6d555abc80fdc9579215d9f51" },
  ],
});
