import express from "express";

declare function loadQuota(): Promise<{ used: number }>;
declare function streamDigest(onPart: (part: object) => void): Promise<void>;

const app = express();
const api = express.Router();

api.post("/quota", async (req, res) => {
  try {
    res.send({ outcome: "ok", detail: "", body: await loadQuota() });
  } catch (failure) {
    // expect: error-detail-leak
    res.send({ outcome: "failed", detail: failure.message, body: null });
  }
});

api.post("/quota/raw", async (req, res) => {
  try {
    res.send(await loadQuota());
  } catch (failure) {
    // expect: error-detail-leak
    res.send(failure);
  }
});

api.post("/digest", async (req, res) => {
  res.setHeader("Content-type", "application/octet-stream");
  try {
    await streamDigest((part) => res.write(`${JSON.stringify(part)}\n`));
  } catch (failure) {
    // expect: error-detail-leak
    res.write(JSON.stringify(failure));
  } finally {
    res.end();
  }
});

app.use("/api", api);
app.listen(3000);
