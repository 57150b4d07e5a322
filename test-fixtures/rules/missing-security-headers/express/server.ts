import express from "express";
import { usersRouter } from "./users";

// expect: missing-security-headers
const app = express();
app.use(express.json());
app.use("/users", usersRouter);

app.listen(process.env.PORT ?? 3000);
