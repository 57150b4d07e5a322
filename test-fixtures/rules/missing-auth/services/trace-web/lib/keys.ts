import { db } from "./db";

export async function lookupKey(secret: string): Promise<{ projectId: string } | undefined> {
  return db.apiKeys.find(secret);
}

export class KeyService {
  async verifyHeader(header: string | undefined): Promise<{ valid: boolean; projectId?: string }> {
    const key = header ? await lookupKey(header.replace("Bearer ", "")) : undefined;
    return key ? { valid: true, projectId: key.projectId } : { valid: false };
  }
}
