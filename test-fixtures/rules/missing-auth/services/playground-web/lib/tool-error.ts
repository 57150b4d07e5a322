/** The tools' error: its code picks the status the error handler answers with (rate_limit_exceeded is a 429). */
export class ToolError extends Error {
  constructor(readonly details: { code: "bad_request" | "rate_limit_exceeded"; message: string }) {
    super(details.message);
  }
}

const statusOf = { bad_request: 400, rate_limit_exceeded: 429 } as const;

export function answerToolError(error: unknown): Response {
  if (error instanceof ToolError) return Response.json({ error: error.message }, { status: statusOf[error.details.code] });
  return Response.json({ error: "internal" }, { status: 500 });
}
