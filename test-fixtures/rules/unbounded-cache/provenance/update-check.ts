// What an app update response may carry depends on the version of the client library asking. The version string comes
// from the body of every update check, so the memo grows with every version string any device sends.

// expect: unbounded-cache
const supportByVersion = new Map<string, { checksums: boolean }>();

function supportFor(clientVersion: string): { checksums: boolean } {
  const known = supportByVersion.get(clientVersion);
  if (known) return known;
  const support = { checksums: !clientVersion.startsWith("1.") };
  supportByVersion.set(clientVersion, support);
  return support;
}

export function describeUpdate(clientVersion: string, bundleUrl: string) {
  return { url: bundleUrl, ...supportFor(clientVersion) };
}
