import type { NextApiRequest, NextApiResponse } from "next";
import { answerCanned } from "../../../lib/canned-answer";

const simulateLatency = process.env.NEXT_PUBLIC_DEMO_LATENCY === "on";

// ok: missing-auth -- it only waits a moment, then hands fixed data to a helper that only answers
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (simulateLatency) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  answerCanned("POST", req, res, { id: "demo-project", name: "Demo", members: 3 }, 201);
}
