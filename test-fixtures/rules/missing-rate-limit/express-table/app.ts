import express from "express";
import { signInLimiter } from "./limiter";
import v1 from "./routes/index";

const app = express();

if (process.env.NODE_ENV === "production") {
  app.use("/v1/auth", signInLimiter);
}
app.use("/v1", v1);

app.listen(3000);
