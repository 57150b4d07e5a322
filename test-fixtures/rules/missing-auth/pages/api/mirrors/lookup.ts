// Shared lookups for the mirror callbacks. Next routes this file because it sits under pages/api, but its default
// export is declared to take a mirror id: called as a route it gets the request as that id and never answers.
import type { NextApiResponse } from "next";

interface Mirror {
  id: string;
  url: string;
}

const mirrors = new Map<string, Mirror>();

export const findMirror = async (mirrorId: string): Promise<Mirror | null> => mirrors.get(mirrorId) ?? null;

export const failWith = (res: NextApiResponse, reason: string) => res.redirect(307, `/settings/mirrors?error=${encodeURIComponent(reason)}`);

// ok: missing-auth -- declared to take one string id, the default export never reads a request nor answers one
export default findMirror;
