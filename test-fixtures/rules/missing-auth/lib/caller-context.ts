export async function loadCallerContext(workspace: string | undefined): Promise<{ kind: "user" | "key"; workspace: string } | null> {
  return workspace ? { kind: "user", workspace } : null;
}
