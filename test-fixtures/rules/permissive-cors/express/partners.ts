import express from "express";
import cors from "cors";

const corsOptions = {
  origin: "*",
  methods: ["GET", "POST"],
};

export const partnersApp = express();
// ok: permissive-cors -- every origin, but never with the visitor's cookies
partnersApp.use(cors(corsOptions));

// ok: permissive-cors -- origins come from an allow-list in the environment
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? "").split(",");
partnersApp.use("/v2", cors({ origin: allowedOrigins, credentials: true }));

// ok: permissive-cors -- a fixed list of first-party origins
partnersApp.use("/v3", cors({ origin: ["https://app.example.com", "https://admin.example.com"] }));

// ok: permissive-cors -- the callback checks the origin against a list
partnersApp.use("/v4", cors({ origin: (origin, callback) => callback(null, !origin || allowedOrigins.includes(origin)), credentials: true }));
