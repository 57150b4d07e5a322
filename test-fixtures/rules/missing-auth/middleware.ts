import { clerkMiddleware, createRouteMatcher } from "@clerk/nextjs/server";

const isBillingRoute = createRouteMatcher(["/api/billing(.*)"]);

export default clerkMiddleware(async (auth, request) => {
  if (isBillingRoute(request)) await auth.protect();
});

export const config = { matcher: ["/((?!_next|.*\\..*).*)", "/(api|trpc)(.*)"] };
