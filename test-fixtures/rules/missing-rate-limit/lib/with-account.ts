import { enforceLimit, AppError } from "./charge";
import { findAccountByKey, readSession, type Account } from "./accounts";

type Handler = (request: Request, account: Account) => Promise<Response>;

/** Signs the caller in by API key or session, and charges either way before the handler runs. */
export const withAccount = (handler: Handler) => async (request: Request) => {
  const key = request.headers.get("authorization");
  let account: Account | undefined;
  if (key) {
    account = await findAccountByKey(key);
    if (!account) throw new AppError("unauthorized");
    await enforceLimit(`key:${account.id}`, 600);
  } else {
    account = await readSession(request);
    if (!account) throw new AppError("unauthorized");
    await enforceLimit(`session:${account.id}`, 600);
  }
  return handler(request, account);
};

/** Same sign-in, but only API-key callers are charged: a session caller reaches the handler unlimited. */
export const withProfile = (handler: Handler) => async (request: Request) => {
  const key = request.headers.get("authorization");
  let account: Account | undefined;
  if (key) {
    account = await findAccountByKey(key);
    if (!account) throw new AppError("unauthorized");
    await enforceLimit(`key:${account.id}`, 600);
  } else {
    account = await readSession(request);
    if (!account) throw new AppError("unauthorized");
  }
  return handler(request, account);
};
