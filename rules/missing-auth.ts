// SKELETON — being written; see the Foundation issue for its specification.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "missing-auth",
  meta: {
    category: "security",
    severity: "error",
    needsTypes: false,
    fix: "scaffold",
    summary: "Mutating and sensitive routes must pass through an authentication guard.",
    messages: {},
  },
  check: () => undefined,
});
