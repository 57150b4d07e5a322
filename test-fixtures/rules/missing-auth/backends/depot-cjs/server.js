// Routers are built by functions each routes module exports, called as they are required, and mounted by the variable
// that holds what they return: the mount's middleware guards the routes inside.
const express = require("express");
const helmet = require("helmet");
const { requireMember } = require("./member-gate");

const app = express();
app.use(helmet());
app.use(express.json({ limit: "20kb" }));

const shelves = require("./routes/shelves")({ capacity: 40 });
app.use("/api/shelves", requireMember, shelves);
app.use("/api/returns", require("./routes/returns")({ window: 14 }));

app.listen(Number(process.env.PORT || 8080));
