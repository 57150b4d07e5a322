// SKELETON — being written; see the Foundation issue for its specification.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "missing-timeout",
  meta: {
    category: "reliability",
    severity: "warn",
    needsTypes: false,
    fix: "safe",
    summary: "Outbound calls need a timeout so a slow dependency cannot hang the server.",
    messages: {},
  },
  check: () => undefined,
});
