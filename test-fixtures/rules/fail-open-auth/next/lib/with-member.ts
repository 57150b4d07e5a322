declare function readSession(request: Request): Promise<{ userId: string } | null>;

type MemberHandler = (input: { request: Request; userId: string }) => Promise<Response>;

/** Signs the caller in from the session cookie and refuses anyone without one. */
export const withMember = (handler: MemberHandler) => async (request: Request) => {
  const session = await readSession(request);
  if (!session) return new Response("Unauthorized", { status: 401 });
  return handler({ request, userId: session.userId });
};
