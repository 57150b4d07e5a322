import { NextResponse } from "next/server";
import { runChatCommandUnchecked } from "@/lib/chat-command";

// expect: missing-auth
export const POST = async (request: Request) => {
  return NextResponse.json(await runChatCommandUnchecked(request));
};
