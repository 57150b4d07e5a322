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
export const lyrics = new LyricsClient({ token: "lyr_Jq8vN2rXw5tLk3ZpHc7Ym4Bf9Ds6Ga1E", locale: "en" });

// A token joined to another string: the read is parenthesised, or `+` would bind to the thrown error's function call.
// expect: hardcoded-secret
const gitRemoteAuth = "ghp_T4mQw8ZrXn2LpV6sKd9Hc3Yb7Fj1Ga5Ee0Ru" + ":x-oauth-basic";

export function remoteUrl(repository: string): string {
  return `https://${gitRemoteAuth}@github.com/${repository}.git`;
}
