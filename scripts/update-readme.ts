// Rewrites the rule table in README.md from the registry (`npm run readme`).
import * as fs from "node:fs";
import * as path from "node:path";
import { registry } from "../rules/index.js";
import { withRuleTable } from "./readme-rule-table.js";

const readmePath = path.resolve(__dirname, "../README.md");
fs.writeFileSync(readmePath, withRuleTable(fs.readFileSync(readmePath, "utf8"), registry));
