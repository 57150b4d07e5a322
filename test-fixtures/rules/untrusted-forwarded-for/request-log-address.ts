import express, { type Request } from "express";
import pinoHttp from "pino-http";

// The connection's own address is returned first: the headers below it are read only when there is no connection.
function connectionFirst(req: Request): string {
  if (req.ip) {
    return req.ip;
  }
  if (req.socket?.remoteAddress) return req.socket.remoteAddress;
  // ok: untrusted-forwarded-for -- never reached while the request has a connection address
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string") return forwarded.split(",")[0]!.trim();
  return "unknown";
}

// The header wins when present: the connection address is only its fallback.
function headerFirst(req: Request): string {
  // expect: untrusted-forwarded-for
  const forwarded = req.headers["x-forwarded-for"];
  if (typeof forwarded === "string") return forwarded.split(",")[0]!.trim();
  if (req.ip) return req.ip;
  return "unknown";
}

const app = express();
app.use(pinoHttp({ customProps: (req) => ({ client: connectionFirst(req as Request), claimed: headerFirst(req as Request) }) }));
app.listen(3000);
