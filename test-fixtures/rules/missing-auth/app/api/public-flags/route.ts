import { NextResponse } from "next/server";

// Flags the page needs before anyone signs in; nothing secret.
const PUBLIC_FLAGS = { signupOpen: process.env.SIGNUP_OPEN === "1", theme: "light" };

async function answerFlags() {
  return NextResponse.json(PUBLIC_FLAGS);
}

export const GET = answerFlags;
// ok: missing-auth -- the very function the GET runs: a read reaches the same code
export const POST = answerFlags;
