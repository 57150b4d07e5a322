import type { NextApiRequest, NextApiResponse } from "next";
import nodemailer from "nodemailer";
import { limitByIp } from "@/lib/limit";

const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });

// ok: missing-rate-limit -- the project limiter is called before the mail goes out
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (!(await limitByIp(req, res))) return;
  await transporter.sendMail({ to: "sales@example.com", text: String(req.body.message) });
  res.status(204).end();
}
