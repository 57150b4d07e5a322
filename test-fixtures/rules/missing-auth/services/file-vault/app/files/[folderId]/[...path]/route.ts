import { checkFolderAccess, FileRequest, findFolder, recordAudit, removeBlob, renameBlob } from "../../../../lib/vault";

type Params = { params: Promise<{ folderId: string; path: string[] }> };

// The access check comes after the parameters are parsed, the folder is looked up and refusals are logged, but
// before anything is deleted.
// ok: missing-auth -- the caller is checked and refused with 401 before the delete
export const DELETE = async (request: Request, props: Params) => {
  const params = await props.params;
  const path = params.path.join("/");
  const parsed = FileRequest.safeParse({ path, mode: "private" });
  if (!parsed.success) {
    await recordAudit({ outcome: "bad request", path });
    return Response.json({ error: "bad request" }, { status: 400 });
  }
  const folder = await findFolder(params.folderId);
  if (!folder) return Response.json({ error: "no such folder" }, { status: 404 });
  const access = await checkFolderAccess(request, folder.id);
  if (!access.allowed) {
    await recordAudit({ outcome: "refused", folderId: folder.id });
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  await removeBlob(folder.id, parsed.data.path);
  return new Response(null, { status: 204 });
};

// The same check, but only after the blob has been renamed: the write is done whoever asks.
// expect: missing-auth
export const PATCH = async (request: Request, props: Params) => {
  const params = await props.params;
  const folder = await findFolder(params.folderId);
  if (!folder) return Response.json({ error: "no such folder" }, { status: 404 });
  await renameBlob(folder.id, params.path.join("/"), `${params.path.join("/")}.old`);
  const access = await checkFolderAccess(request, folder.id);
  if (!access.allowed) return Response.json({ error: "unauthorized" }, { status: 401 });
  return new Response(null, { status: 204 });
};
