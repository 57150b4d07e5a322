import { createOpenAI } from "@ai-sdk/openai";

// ok: unvalidated-env -- the provider refuses a missing key itself; the package's note is given at its first read
export const openai = createOpenAI({ apiKey: process.env.OUTREACH_MODEL_KEY! });
