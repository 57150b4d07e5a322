// SKELETON — being written; see the Foundation issue for its specification.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "hardcoded-secret",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Credentials belong in the environment, never in source code.",
    messages: {},
  },
  check: () => undefined,
});
