import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { projectForKey } from "@/lib/project-keys";
import { allowedOriginOf, applyCorsHeaders } from "@/lib/cross-origin";

// ok: missing-auth -- setting CORS headers first is synchronous work on the response; the project key is checked next, 401 before any work
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const origin = allowedOriginOf(req);
  applyCorsHeaders(res, origin);
  const project = await projectForKey(req.headers.authorization);
  if (!project) {
    return res.status(401).json({ error: "unauthorized" });
  }
  await db.query("insert into agent_sessions (project_id) values ($1)", [project.id]);
  return res.status(201).json({ ok: true });
}
