// A lyrics provider whose settings type asks for a string key: the key moves to the environment as a read that
// refuses a missing value, so the field still gets a string (a bare `process.env.X` is `string | undefined`).

interface LyricsSettings {
  token: string;
  locale: string;
}

class LyricsClient {
  constructor(readonly settings: LyricsSettings) {}
}

// expect: hardcoded-secret
export const lyrics = new LyricsClient({ token: process.env.APP_TOKEN || (() => { throw new Error("APP_TOKEN is not set"); })(), locale: "en" });

// A token joined to another string: the read is parenthesised, or `+` would bind to the thrown error's function call.
// expect: hardcoded-secret
const gitRemoteAuth = (process.env.GITHUB_TOKEN || (() => { throw new Error("GITHUB_TOKEN is not set"); })()) + ":x-oauth-basic";

export function remoteUrl(repository: string): string {
  return `https://${gitRemoteAuth}@github.com/${repository}.git`;
}
