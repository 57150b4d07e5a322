// A Vue app rendered on the server: the package imports Express, so its code is server code.
import express from "express";
import { createSSRApp } from "vue";

const app = express();
app.get("/", (_req, res) => {
  res.send(String(createSSRApp({})));
});
app.listen(3000);
