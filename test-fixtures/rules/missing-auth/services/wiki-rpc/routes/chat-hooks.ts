import Router from "koa-router";
import { z } from "zod";
import { timingSafeEqual } from "node:crypto";

const router = new Router();
const pins = new Map<string, string>();

/** The chat platform sends a shared token in the payload; a wrong one is refused by throwing. */
function checkChatToken(token: string) {
  const expected = Buffer.from(process.env.CHAT_SHARED_TOKEN ?? "");
  const given = Buffer.from(token);
  if (expected.length === 0 || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw Object.assign(new Error("Unauthorized"), { status: 401 });
  }
}

// The payload is parsed in a try whose catch refuses; the token check follows it, before any write.
// ok: missing-auth -- the try only reads, and the throwing token check runs before the pin is stored
router.post("hooks.pin", async (ctx) => {
  const { payload } = ctx.request.body as { payload: string };
  let token: string;
  let pageId: string;
  try {
    const parsed = z.object({ token: z.string(), pageId: z.string() }).parse(JSON.parse(payload));
    token = parsed.token;
    pageId = parsed.pageId;
  } catch {
    ctx.throw(400, "bad payload");
  }
  checkChatToken(token);
  pins.set(pageId, "pinned");
  ctx.body = { ok: true };
});

// Here the try writes before the token is checked: the write happens for anyone.
// expect: missing-auth
router.post("hooks.unpin", async (ctx) => {
  const { payload } = ctx.request.body as { payload: string };
  let token = "";
  try {
    const parsed = z.object({ token: z.string(), pageId: z.string() }).parse(JSON.parse(payload));
    pins.delete(parsed.pageId);
    token = parsed.token;
  } catch {
    ctx.throw(400, "bad payload");
  }
  checkChatToken(token);
  ctx.body = { ok: true };
});

export default router;
