import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

const storage = new S3Client({});

export async function runProbe(target: { url: string }): Promise<{ status: number }> {
  const response = await fetch(target.url, { signal: AbortSignal.timeout(5000) });
  return { status: response.status };
}

// A storage client's `send` uploads a file; it answers no request.
export async function storeReport(key: string, report: Uint8Array): Promise<void> {
  await storage.send(new PutObjectCommand({ Bucket: "reports", Key: key, Body: report }));
}
