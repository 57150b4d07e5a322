import { NextResponse } from "next/server";
import { runChatCommand } from "@/lib/chat-command";

// ok: missing-auth -- the helper whose answer is sent checks the platform's HMAC signature before it writes
export const POST = async (request: Request) => {
  return NextResponse.json(await runChatCommand(request));
};
