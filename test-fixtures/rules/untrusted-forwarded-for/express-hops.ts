import express from "express";

const app = express();

// ok: untrusted-forwarded-for -- one load balancer in front: req.ip is the address it saw
app.set("trust proxy", 1);
// ok: untrusted-forwarded-for -- only the listed proxies are trusted
app.set("trust proxy", ["loopback", "10.0.0.0/8"]);

// ok: untrusted-forwarded-for -- req.ip honours the hop count above
app.get("/ip", (req, res) => {
  res.json({ ip: req.ip });
});

export default app;
