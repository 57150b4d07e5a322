// Uploads invoices to S3.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    // expect: hardcoded-secret
    accessKeyId: "AKIAKCZIUFPGS7QA73PO",
    // expect: hardcoded-secret
    secretAccessKey: "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",
  },
});

export async function uploadInvoice(key: string, body: Buffer): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: "acme-invoices", Key: key, Body: body }));
}
