// Uploads invoices to S3.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    // expect: hardcoded-secret
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || (() => { throw new Error("AWS_ACCESS_KEY_ID is not set"); })(),
    // expect: hardcoded-secret
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || (() => { throw new Error("AWS_SECRET_ACCESS_KEY is not set"); })(),
  },
});

export async function uploadInvoice(key: string, body: Buffer): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: "acme-invoices", Key: key, Body: body }));
}
