// A stand-in for an OAuth 2 server library: it reads every protocol parameter of the request it is handed.
export class OAuthRequest {
  constructor(readonly init: { method: string; headers: Record<string, string | string[] | undefined>; body: unknown }) {}
}

export const oauthServer = {
  async token(request: OAuthRequest): Promise<{ accessToken: string }> {
    return { accessToken: String(request.init.method) };
  },
};
