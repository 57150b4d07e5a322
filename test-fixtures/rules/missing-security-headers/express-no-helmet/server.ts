// helmet is not among this package's dependencies: importing it would not resolve, so registering it is only a
// suggestion that says to add the package first.
import express from "express";

// expect: missing-security-headers
const app = express();

app.get("/", (_req, res) => res.send("<h1>Storefront</h1>"));

app.listen(3000);
