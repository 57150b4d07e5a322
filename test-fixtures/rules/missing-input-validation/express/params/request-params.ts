// Parameter readers that refuse a wrong value with a 400 and name the value in the error they throw.
export class RequestError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export function wholeNumberParam(value: unknown, label: string): number {
  let parsed: number | null = null;
  if (typeof value === "number") parsed = Math.trunc(value);
  else if (typeof value === "string") parsed = Number.parseInt(value, 10);
  if (parsed === null || Number.isNaN(parsed)) {
    throw new RequestError(`${label} is not a whole number: ${value}`, 400);
  }
  return parsed;
}

export function trustingParam(value: unknown, label: string): string {
  console.log(`reading ${label}`);
  return value as string;
}
