// A project's own schema check over the Standard Schema interface: it throws when the schema reports issues.
export interface StandardSchemaLike<T> {
  "~standard": { validate(value: unknown): { value?: T; issues?: readonly unknown[] } };
}

export function checkAgainst<T>(schema: StandardSchemaLike<T>, value: unknown): T {
  const outcome = schema["~standard"].validate(value);
  if (outcome.issues) throw new Error("invalid request");
  return outcome.value as T;
}

/** Hands the payload on after noting it, and checks nothing itself. */
export function noteOnly(value: unknown): unknown {
  console.info("request payload received");
  return value;
}
