// The relay's own API key: callers must send it. This package already reads API_KEY for that.
export function isAllowedCaller(sentKey: string | undefined): boolean {
  const expected = process.env.API_KEY;
  return expected !== undefined && sentKey === expected;
}
