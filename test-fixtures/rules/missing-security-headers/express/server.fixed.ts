import express from "express";
import { usersRouter } from "./users";
import helmet from "helmet";

// expect: missing-security-headers
const app = express();
app.use(helmet({ contentSecurityPolicy: { reportOnly: true } }));
app.use(express.json());
app.use("/users", usersRouter);

app.listen(process.env.PORT ?? 3000);
