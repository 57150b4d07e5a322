// Reported by the engine itself (engine/analyze.ts) for suppression comments that are malformed or stale.
import { defineRule } from "./engine/types.js";

export default defineRule({
  id: "invalid-suppression",
  meta: {
    category: "correctness",
    severity: "warn",
    needsTypes: false,
    scope: "all",
    fix: "none",
    summary: "A harden-ignore comment must name a rule, give a reason and suppress something.",
    messages: {
      noRule: "This harden-ignore comment names no rule id.",
      unknownRule: "harden-ignore names unknown rule `{{ruleId}}`.",
      noReason: "This harden-ignore comment gives no reason; add `-- <why this is safe>`.",
      unused: "This harden-ignore comment suppresses no `{{ruleId}}` finding; remove it.",
    },
  },
  check: () => undefined,
});
