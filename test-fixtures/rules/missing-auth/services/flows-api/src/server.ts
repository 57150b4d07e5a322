import express from "express";
import { PUBLIC_PATHS } from "./public-paths";
import { apiRouter } from "./routes";
import { internalRouter } from "./internal";

const app = express();
app.use(express.json({ limit: "200kb" }));

// Internal tools, mounted before the key check: nothing guards them.
app.use("/internal", internalRouter);

const openPaths = PUBLIC_PATHS.filter((path) => !(process.env.CLOSED_PATHS ?? "").split(",").includes(path));

app.use(async (req, res, next) => {
  if (openPaths.some((prefix) => req.path.startsWith(prefix))) return next();
  if (!/^\/api\//.test(req.path)) return next();
  const key = req.headers["x-api-key"];
  if (typeof key !== "string" || !(await isKnownKey(key))) return res.status(401).json({ error: "unauthorized" });
  next();
});

app.use("/api/v2", apiRouter);
app.listen(3000);

async function isKnownKey(key: string): Promise<boolean> {
  return key.length === 40;
}
