import { db } from "@/lib/db";
import { currentUser } from "@/lib/session";

function newTraceId() {
  return Math.random().toString(36).slice(2, 10);
}

function createPendingTicket() {
  return db.query("insert into tickets (state) values ('pending') returning id");
}

// ok: missing-auth -- making a trace id reaches nothing; the session check at the head of the try comes before any work
export async function POST(request: Request) {
  const traceId = newTraceId();
  try {
    const user = await currentUser();
    if (!user) return Response.json({ error: "sign in", traceId }, { status: 401 });
    const { text } = (await request.json()) as { text: string };
    await db.query("insert into feedback (author, text) values ($1, $2)", [user.id, String(text).slice(0, 2000)]);
    return new Response(null, { status: 201 });
  } catch {
    return Response.json({ error: "failed", traceId }, { status: 500 });
  }
}

// A call handed nothing but named for a write is the work itself: the check after it comes too late.
// expect: missing-auth
export async function PUT(request: Request) {
  const ticket = createPendingTicket();
  try {
    const user = await currentUser();
    if (!user) return Response.json({ error: "sign in" }, { status: 401 });
    const { text } = (await request.json()) as { text: string };
    await db.query("update feedback set text = $1 where author = $2", [String(text).slice(0, 2000), user.id]);
    return Response.json({ ticket: await ticket });
  } catch {
    return Response.json({ error: "failed" }, { status: 500 });
  }
}
