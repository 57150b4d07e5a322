// The main app sends the headers, then mounts sub-apps that modules build when called as they are required.
const express = require("express");
const helmet = require("helmet");

const app = express();
app.use(helmet());

const charts = require("./lib/charts")({ region: process.env.REGION });
app.use("/charts", charts);

app.listen(Number(process.env.PORT || 8080));
