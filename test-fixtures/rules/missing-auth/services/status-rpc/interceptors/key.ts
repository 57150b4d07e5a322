import { Code, ConnectError, type Interceptor } from "@connectrpc/connect";

const keys = new Map<string, string>([["demo", "team-1"]]);

/** Every RPC must carry a known team key in `x-status-key`; otherwise the call is refused as unauthenticated. */
export function teamKeyInterceptor(): Interceptor {
  return (next) => async (req) => {
    const apiKey = req.header.get("x-status-key");
    const team = apiKey ? keys.get(apiKey) : undefined;
    if (!team) throw new ConnectError("unknown key", Code.Unauthenticated);
    return next(req);
  };
}
