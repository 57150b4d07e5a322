// The app hands its pages csurf's token in a cookie their script reads and echoes in a header.
import express from "express";
import csurf from "csurf";

const app = express();
app.use(csurf({ cookie: { httpOnly: true, sameSite: "strict", secure: true } }));

app.use((req, res, next) => {
  // ok: insecure-cookie -- the double-submit token is for the page's script: HttpOnly would hide it from it
  res.cookie("XSRF-TOKEN", req.csrfToken(), { sameSite: "strict", secure: true });
  next();
});

app.post("/session/refresh", (req, res) => {
  // expect: insecure-cookie
  res.cookie("refresh-token", req.body.refreshToken, { sameSite: "strict", secure: true });
  res.sendStatus(204);
});

app.listen(3000);
