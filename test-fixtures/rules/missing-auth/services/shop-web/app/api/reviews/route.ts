import { withTiming } from "../../../lib/timing";

// The handler is already wrapped: the guard goes around the wrapper, which calls the handler with arguments of its own.
// expect: missing-auth
export const POST = withTiming(async (request: Request) => Response.json({ length: (await request.text()).length }, { status: 201 }));
