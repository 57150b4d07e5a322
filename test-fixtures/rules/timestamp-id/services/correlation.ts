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

export function newBatchId(): string {
  // expect: timestamp-id
  return `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
}
