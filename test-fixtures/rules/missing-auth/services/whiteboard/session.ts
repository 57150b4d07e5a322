export async function sessionFromHandshake(handshake: { headers: Record<string, unknown> }): Promise<{ boardId: string }> {
  const cookie = handshake.headers.cookie;
  if (typeof cookie !== "string" || !cookie.includes("board_session=")) throw new Error("no session");
  return { boardId: cookie.split("board_session=")[1].split(";")[0] };
}
