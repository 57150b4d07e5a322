// SKELETON — being written; see the Foundation issue for its specification.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "timestamp-id",
  meta: {
    category: "correctness",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Identifiers made from the clock or Math.random collide and can be guessed.",
    messages: {},
  },
  check: () => undefined,
});
