// The rule registry, sorted by id. To add a rule: create rules/<id>.ts, rules/docs/<id>.md and
// test-fixtures/rules/<id>/, then import it here in order.
import errorDetailLeak from "./error-detail-leak.js";
import exposedHealthDetails from "./exposed-health-details.js";
import failOpenAuth from "./fail-open-auth.js";
import hardcodedSecret from "./hardcoded-secret.js";
import insecureCookie from "./insecure-cookie.js";
import invalidSuppression from "./invalid-suppression.js";
import looseMimeCheck from "./loose-mime-check.js";
import missingAuth from "./missing-auth.js";
import missingGracefulShutdown from "./missing-graceful-shutdown.js";
import missingInputValidation from "./missing-input-validation.js";
import missingRateLimit from "./missing-rate-limit.js";
import missingSecurityHeaders from "./missing-security-headers.js";
import missingTimeout from "./missing-timeout.js";
import pathTraversal from "./path-traversal.js";
import permissiveCors from "./permissive-cors.js";
import sensitiveDataLogged from "./sensitive-data-logged.js";
import supabaseServiceRoleExposure from "./supabase-service-role-exposure.js";
import timestampId from "./timestamp-id.js";
import unboundedBodySize from "./unbounded-body-size.js";
import unboundedCache from "./unbounded-cache.js";
import untrustedForwardedFor from "./untrusted-forwarded-for.js";
import unvalidatedEnv from "./unvalidated-env.js";
import unverifiedJwt from "./unverified-jwt.js";
import type { AnyRule } from "./engine/types.js";

export const registry: readonly AnyRule[] = [
  errorDetailLeak,
  exposedHealthDetails,
  failOpenAuth,
  hardcodedSecret,
  insecureCookie,
  invalidSuppression,
  looseMimeCheck,
  missingAuth,
  missingGracefulShutdown,
  missingInputValidation,
  missingRateLimit,
  missingSecurityHeaders,
  missingTimeout,
  pathTraversal,
  permissiveCors,
  sensitiveDataLogged,
  supabaseServiceRoleExposure,
  timestampId,
  unboundedBodySize,
  unboundedCache,
  untrustedForwardedFor,
  unvalidatedEnv,
  unverifiedJwt,
];
