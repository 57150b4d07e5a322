import { cookies } from "next/headers";
import { decode } from "jsonwebtoken";
import { prisma } from "@/lib/prisma";

export async function GET() {
  const token = (await cookies()).get("token")?.value ?? "";
  // expect: unverified-jwt
  const session = decode(token) as { userId: string };
  const user = await prisma.user.findUnique({ where: { id: session.userId } });
  return Response.json(user);
}
