import express from "express";
import * as notesApp from "./notes-app.js";

// The one server: the sub-app's pages leave through it, so this is where the headers go.
// expect: missing-security-headers
const app = express();
app.use("/notes", notesApp.handlers);
app.listen(5300);
