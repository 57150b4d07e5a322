// Settings the code treats as optional on purpose: tested where they are used, or parsed into a NaN it handles.
export function supportWidgetTag(userId: string, plan: string): string | undefined {
  if (process.env.SUPPORT_WIDGET_SECRET && plan !== "free") {
    // ok: unvalidated-env -- the condition above runs this only when the variable is set
    const secret = process.env.SUPPORT_WIDGET_SECRET as string;
    return `${secret}:${userId}`;
  }
  // expect: unvalidated-env
  return `${process.env.SUPPORT_WIDGET_LABEL!}:${userId}`;
}

// ok: unvalidated-env -- an unset or malformed id becomes NaN, which the filter drops: the audience list is optional
export const digestAudiences = [Number(process.env.DIGEST_AUDIENCE_ID)].filter(Boolean);
// ok: unvalidated-env -- same, with a callback that keeps truthy ids
export const digestSegments = [parseInt(process.env.DIGEST_SEGMENT_ID as string, 10)].filter((id) => !!id);
// expect: unvalidated-env
export const digestTemplates = [Number(process.env.DIGEST_TEMPLATE_ID)].map((id) => `digest-template-${id}`);

// ok: unvalidated-env -- isRelayConfigured below rejects a missing or malformed port before mail goes out
const relayPort = parseInt(process.env.RELAY_PORT as string, 10);
// expect: unvalidated-env
const relayTimeout = parseInt(process.env.RELAY_TIMEOUT_MS as string, 10);

export function isRelayConfigured(): boolean {
  const port = Number(process.env.RELAY_PORT);
  return !Number.isNaN(port);
}

export const relay = { port: relayPort, timeout: relayTimeout };

// ok: unvalidated-env -- both parses sit in a chain of defaults: a NaN from either falls through to the next, then 8080
export const listenPort = +(process.env.METRICS_APP_PORT as string) || +(process.env.METRICS_PORT as string) || 8080;
// expect: unvalidated-env
export const pollSeconds = Number(process.env.METRICS_POLL) || Number(process.env.METRICS_POLL_FALLBACK);

// ok: unvalidated-env -- NaN times a constant is NaN, so a missing limit still falls to the default: no cap
export const uploadLimitBytes = Number(process.env.UPLOAD_LIMIT_MB) * 1024 * 1024 || Infinity;
// expect: unvalidated-env
export const archiveLimitBytes = Number(process.env.ARCHIVE_LIMIT_MB) * 1024 * 1024 ?? Infinity;

// Overrides read only when they parse to a positive number: NaN fails every comparison, so the default stays.
export function retentionDays(): number {
  let days = 30;
  // ok: unvalidated-env -- the comparison is all this parse is used for
  if (parseInt(process.env.RETENTION_DAYS as string, 10) > 0) {
    // ok: unvalidated-env -- the same parse compared above held, so it is a number here
    days = parseInt(process.env.RETENTION_DAYS as string, 10);
  }
  return days;
}

export function sweepMinutes(): number {
  // ok: unvalidated-env -- compared only
  if (Number(process.env.SWEEP_MINUTES) >= 1) console.info("sweep interval overridden");
  // expect: unvalidated-env
  return Number(process.env.SWEEP_MINUTES) * 60_000;
}
