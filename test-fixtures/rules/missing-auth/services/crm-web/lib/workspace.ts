type WorkspaceHandler = (request: Request, workspaceId: string) => Promise<Response>;

/** Picks the workspace named by a header and passes it on: whether that authenticates anyone cannot be seen here. */
export function withWorkspace(handler: WorkspaceHandler) {
  return async (request: Request) => handler(request, request.headers.get("x-workspace-id") ?? "default");
}
