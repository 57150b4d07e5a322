import NextAuth from "next-auth";
import GitHub from "next-auth/providers/github";

const handler = NextAuth({ providers: [GitHub] });

// ok: missing-auth -- the sign-in endpoints themselves are public by nature
export { handler as GET, handler as POST };
