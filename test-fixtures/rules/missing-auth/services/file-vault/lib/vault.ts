import { z } from "zod";

export const FileRequest = z.object({ path: z.string().min(1), mode: z.enum(["shared", "private"]) });

const folders = new Map<string, { id: string; ownerId: string }>();
const blobs = new Map<string, Uint8Array>();

export async function findFolder(idOrAlias: string) {
  return folders.get(idOrAlias);
}

export async function recordAudit(entry: Record<string, unknown>) {
  console.info("audit", entry);
}

export async function removeBlob(folderId: string, path: string) {
  return blobs.delete(`${folderId}/${path}`);
}

export async function renameBlob(folderId: string, from: string, to: string) {
  const blob = blobs.get(`${folderId}/${from}`);
  if (blob) blobs.set(`${folderId}/${to}`, blob);
}

/** Decides whether the caller may touch the folder: a session cookie or an API key, else a typed refusal. */
export async function checkFolderAccess(request: Request, folderId: string) {
  const apiKey = request.headers.get("x-api-key");
  const cookie = request.headers.get("cookie");
  if (!apiKey && !cookie) return { allowed: false as const, reason: "unauthenticated" as const };
  return { allowed: true as const, callerId: apiKey ?? cookie ?? "", folderId };
}
