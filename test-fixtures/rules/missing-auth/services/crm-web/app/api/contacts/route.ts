import { withWorkspace } from "../../../lib/workspace";

const contacts = new Map<string, string>();

// Two of the three routes of app/api/ go through withWorkspace: one finding asks about the wrapper, for the folder.
// expect: missing-auth@14 unprovenFolderConvention
export const POST = withWorkspace(async (request, workspaceId) => {
  contacts.set(workspaceId, await request.text());
  return new Response(null, { status: 201 });
});
