// SKELETON — being written; see the Foundation issue for its specification.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "missing-input-validation",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Request handlers must validate body, query and params with a schema before using them.",
    messages: {},
  },
  check: () => undefined,
});
