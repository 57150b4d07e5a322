import { NextResponse } from "next/server";

// Flags the page needs before anyone signs in; nothing secret.
const PUBLIC_FLAGS = { signupOpen: process.env.SIGNUP_OPEN === "1", theme: "light" };

async function answerFlags() {
  return NextResponse.json(PUBLIC_FLAGS);
}

export const GET = answerFlags;
// ok: missing-auth -- the handler takes no request at all and answers every caller with the same public flags
export const POST = answerFlags;
