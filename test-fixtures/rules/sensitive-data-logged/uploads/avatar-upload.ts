import { handleUpload, type HandleUploadBody } from "@vercel/blob/client";

declare function currentUserId(request: Request): Promise<string | null>;
declare function issueAccessToken(userId: string): string;

// Browser uploads straight to Vercel Blob: this route mints the client token, then hears back when the upload is done.
export async function POST(request: Request): Promise<Response> {
  const body = (await request.json()) as HandleUploadBody;
  const result = await handleUpload({
    body,
    request,
    onBeforeGenerateToken: async () => {
      const userId = await currentUserId(request);
      if (!userId) throw new Error("not signed in");
      return { allowedContentTypes: ["image/png", "image/jpeg"], tokenPayload: JSON.stringify({ userId }) };
    },
    onUploadCompleted: async ({ blob, tokenPayload }) => {
      // ok: sensitive-data-logged -- tokenPayload is the { userId } string our own onBeforeGenerateToken returned above
      console.log("avatar uploaded", blob.url, tokenPayload);
    },
  });
  return Response.json(result);
}

// The same flow, but the payload carries an access token this code minted for the uploader.
export async function PUT(request: Request): Promise<Response> {
  const body = (await request.json()) as HandleUploadBody;
  const result = await handleUpload({
    body,
    request,
    onBeforeGenerateToken: async () => {
      const userId = (await currentUserId(request)) ?? "anonymous";
      const accessToken = issueAccessToken(userId);
      return { tokenPayload: JSON.stringify({ userId, accessToken }) };
    },
    onUploadCompleted: async ({ blob, tokenPayload }) => {
      // expect: sensitive-data-logged
      console.log("attachment uploaded", blob.url, tokenPayload);
    },
  });
  return Response.json(result);
}
