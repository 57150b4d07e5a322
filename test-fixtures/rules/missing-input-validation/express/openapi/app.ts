// The app checks every request against its OpenAPI document before the API router; the webhook router is mounted
// ahead of that check, and the reports router sits behind a validator whose request checks are switched off.
import express from "express";
import * as openApi from "express-openapi-validator";
import { hooksRouter } from "./hooks-routes";
import { libraryRouter } from "./library-routes";
import { reportsRouter } from "./reports-routes";

const app = express();
app.use(express.json());
app.use("/hooks", hooksRouter);
app.use("/reports", openApi.middleware({ apiSpec: "./reports.yaml", validateRequests: false }), reportsRouter);
app.use(openApi.middleware({ apiSpec: "./openapi.yaml", validateRequests: true }));
app.use("/api", libraryRouter);
app.listen(3000);
