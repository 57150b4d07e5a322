// error-detail-leak: what the rule asks the project and what it knows of a caught error and a leak.

import { ts } from "ts-morph";
import type { RuleContext } from "../engine/types.js";

/**
 * What the rule asks the project: whether a function (as called in a condition) tells an error of a specific class,
 * a project type guard such as `isAppError(e)` (see rules/model/error-kinds.ts).
 */
export interface GuardFacts {
  isErrorKindCheck(name: string): boolean;
  isRefusingCheck(name: string): boolean;
  failsWithOwnSentences(name: string): boolean;
  /** The library or built-in class at the root of a project class's hierarchy (see ProjectModel.rootClassOf). */
  rootClassOf(name: string): string | undefined;
  /** The call is an HTTP request of the outbound-calls model (`fetch`, axios, got...). */
  isOutboundCall(call: ts.CallExpression): boolean;
}

export interface ErrorBinding {
  name: string;
  /** The catch clause or error-handler function: the error is not known outside it. */
  scope: ts.Node;
}

export interface Leak {
  /** What is sent, as written (`err.message`, `err`). */
  detail: string;
  binding: ErrorBinding;
}

export type Context = RuleContext<Record<string, never>>;
