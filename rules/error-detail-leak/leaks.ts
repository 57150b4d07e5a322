// error-detail-leak: finds the detail a send carries and drops what a guard, a narrowing test, the code's own
// failures or an upstream relay makes safe.

import { ts } from "ts-morph";
import { quoteNode } from "../model/secret-literals.js";
import type { GuardFacts, Leak } from "./types.js";
import { leakOf, valueLeaves } from "./values.js";
import { isAllowListedBySwitch, isAllowListedMessage, isClientErrorMessage, isGuarded, isInRedirectErrorBranch, isKindTestedClientError } from "./guards.js";
import { answersOnlyTheSigner, catchesOnlySpecificClasses } from "./signatures.js";
import { answersOwnChecks, awaitsOnlyOwnFailures, isBuiltinErrorSentAsJson, isNotFoundMessage, isParserVerdictOnInput, triesOnlyTokenDecode } from "./own-failures.js";
import { isTemplateVerdictOnInput, relaysUpstream } from "./upstream.js";

/** The first unguarded error detail the body carries. */
export function findLeak(body: ts.Expression, send: ts.Node, facts: GuardFacts): Leak | undefined {
  return unguardedLeaks(body, send, facts)[0];
}

/**
 * Error fields that hold lists or records (a validation error's `errors`, a driver's `details` or `meta`, a `cause`):
 * a message string in their place changes the answer's shape for the clients that read them.
 */
const structuredDetails = new Set(["errors", "details", "meta", "cause"]);

/** The first structured error field the body sends, quoted. */
export function structuredDetailIn(body: ts.Expression, send: ts.Node, facts: GuardFacts): string | undefined {
  const leaf = unguardedLeaks(body, send, facts).find(({ leaf }) => ts.isPropertyAccessExpression(leaf) && structuredDetails.has(leaf.name.text))?.leaf;
  return leaf && quoteNode(leaf);
}

/** Every error detail the body carries with no guard, each with the value (`leaf`) that carries it. */
export function unguardedLeaks(body: ts.Expression, send: ts.Node, facts: GuardFacts): Array<Leak & { leaf: ts.Expression }> {
  return valueLeaves(body).flatMap((leaf) => {
    const leak = leakOf(leaf, 0, facts);
    if (!leak || isGuarded(leaf, leak.binding.scope, facts) || isGuarded(send, leak.binding.scope, facts) || answersOnlyTheSigner(leak.binding.scope) || catchesOnlySpecificClasses(leak.binding.scope)) return [];
    if (ts.isIdentifier(leaf) && isAllowListedBySwitch(leaf, leak.binding, send, facts)) return [];
    if (isClientErrorMessage(leaf, send) || isNotFoundMessage(leaf, send, body) || isParserVerdictOnInput(leak.binding.scope, send, body) || answersOwnChecks(leaf, leak.binding.scope, send, body, facts)) return [];
    if (isTemplateVerdictOnInput(leaf, leak.binding.scope, send, body, facts) || awaitsOnlyOwnFailures(leaf, leak.binding.scope, facts) || relaysUpstream(leaf, leak.binding.scope, facts)) return [];
    if (triesOnlyTokenDecode(leaf, leak.binding.scope)) return [];
    if (isKindTestedClientError(leaf, send, body, leak.binding.scope, facts) || isBuiltinErrorSentAsJson(leaf, leak.binding, send, body)) return [];
    if (isInRedirectErrorBranch(leaf, leak.binding) || isAllowListedMessage(leaf, leak.binding)) return [];
    return [{ ...leak, detail: quoteNode(leaf), leaf }];
  });
}
