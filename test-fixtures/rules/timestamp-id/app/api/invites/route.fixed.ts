import { NextResponse } from "next/server";
import { z } from "zod";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";
import { randomBytes } from "crypto";

const inviteSchema = z.object({ email: z.string().email(), teamId: z.string() });

export async function POST(request: Request) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const { email, teamId } = inviteSchema.parse(await request.json());
  const invite = await prisma.invite.create({
    data: {
      email,
      teamId,
      // expect: timestamp-id
      token: randomBytes(16).toString("hex"),
      // expect: timestamp-id
      confirmationNumber: `CNF-${randomBytes(16).toString("hex")}`,
      // ok: timestamp-id -- prose that mentions the time is not an id
      note: `Invited by ${session.user.email} at ${Date.now()}`,
      // ok: timestamp-id -- a bare number stored under a name that is not an id
      version: Date.now(),
      // ok: timestamp-id -- a deadline
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    },
  });
  return NextResponse.json({ id: invite.id }, { status: 201 });
}
