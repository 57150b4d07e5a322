// A development-only auth provider that hands out made-up sessions, and an SDK call that names what it creates.
import type { Request, Response } from "express";
import { tokenService } from "./token-service";

export class LocalAuthProvider {
  refreshSession(userId: string) {
    return {
      // ok: timestamp-id -- a mock value in an object this file only returns; nothing stores, sends or trusts it here
      newToken: `local_session_${Date.now()}`,
      userId,
    };
  }
}

export async function issueReadToken(projectRef: string) {
  // ok: timestamp-id -- a label handed to another service's SDK, which is not a storage write this file can see
  return tokenService.issue({ id: `${projectRef}-${Date.now()}`, scope: "read" });
}

export function previewLogin(_req: Request, res: Response) {
  res.json({
    // expect: timestamp-id
    token: `preview_${Date.now()}`,
  });
}
