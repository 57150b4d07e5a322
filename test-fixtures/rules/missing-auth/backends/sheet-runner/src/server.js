const express = require("express");
const samples = require("./samples/router");

const server = {
  app: express(),
  start() {
    // expect: missing-auth
    this.app.post("/api/sheets", (req, res) => res.status(201).json(req.body));
    this.app.use(samples);
    this.app.listen(Number(process.env.PORT ?? 3000));
  },
};

server.start();
