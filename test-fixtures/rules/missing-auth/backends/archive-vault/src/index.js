"use strict";
const express = require("express");
const boxes = require("./routes/boxes");

const app = express();
app.use(express.json());
app.use("/api", boxes);
app.listen(Number(process.env.PORT || 3000));
