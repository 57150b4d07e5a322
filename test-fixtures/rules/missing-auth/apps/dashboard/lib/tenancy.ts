import { WorkOS } from "@workos-inc/node";

const workos = new WorkOS(process.env.WORKOS_API_KEY);

type TeamHandler = (request: Request, context: { params: Promise<{ teamId: string }> }, organizationId: string) => Promise<Response>;

/** Resolves the caller's WorkOS organisation for the team in the URL; listed in harden.config.json `authWrappers`. */
export function withTenantSession(handler: TeamHandler) {
  return async (request: Request, context: { params: Promise<{ teamId: string }> }) => {
    const { teamId } = await context.params;
    const membership = await workos.userManagement.getOrganizationMembership(request.headers.get("x-membership-id") ?? "");
    return membership.organizationId === teamId ? handler(request, context, teamId) : Response.redirect(new URL("/", request.url));
  };
}
