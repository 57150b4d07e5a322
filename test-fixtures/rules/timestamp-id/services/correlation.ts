// ok: timestamp-id -- a log correlation id: the clock plus about 46 random bits never collide, and it is no secret
export function newTraceId(): string {
  return `trace-${Date.now()}-${Math.random().toString(36).substring(2, 11)}`;
}

// ok: timestamp-id -- the same with the whole random fraction in hexadecimal (about 52 bits)
export const nextLogId = () => Date.now().toString(16) + Math.random().toString(16).slice(2);

export function newSessionToken(): string {
  // expect: timestamp-id
  return `s-${Date.now()}-${Math.random().toString(36).substring(2, 11)}`;
}

// Nothing in this file stores or hands out what this makes: its callers elsewhere decide (see Known gaps).
export function newBatchId(): string {
  // ok: timestamp-id -- where the id ends up is not in this file
  return `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
}
