import type { NextApiRequest, NextApiResponse } from "next";
import { db } from "@/lib/db";
import { projectForKey } from "@/lib/project-keys";
import { recordUsage } from "@/lib/cross-origin";

// An awaited call before the check reaches out of the process for anyone who calls.
// expect: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await recordUsage(req);
  const project = await projectForKey(req.headers.authorization);
  if (!project) {
    return res.status(401).json({ error: "unauthorized" });
  }
  await db.query("insert into agent_sessions (project_id) values ($1)", [project.id]);
  return res.status(201).json({ ok: true });
}
