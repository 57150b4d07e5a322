// Endpoint factories for Pages API routes: one checks the body against the config's schema, one only times the call.
import type { NextApiRequest, NextApiResponse } from "next";
import type { ZodTypeAny, z } from "zod";

interface EndpointConfig<Body extends ZodTypeAny> {
  bodySchema?: Body;
  fn: (input: { body: z.infer<Body> }) => Promise<unknown>;
}

type Handler = (req: NextApiRequest, res: NextApiResponse) => Promise<void>;

/** Parses the body with the config's schema (400 on failure) and hands `fn` the parsed value. */
export function checkedEndpoint<Body extends ZodTypeAny>(config: EndpointConfig<Body> & { errorStyle?: string }): Handler {
  return async (req, res) => {
    const parsed = config.bodySchema ? config.bodySchema.safeParse(req.body) : { success: true as const, data: req.body };
    if (!parsed.success) return res.status(400).json({ error: config.errorStyle ?? "invalid body" });
    res.status(200).json(await config.fn({ body: parsed.data }));
  };
}

/** Hands `fn` the body as it arrived, timing the call. */
function timedEndpoint<Body extends ZodTypeAny>(config: EndpointConfig<Body>): Handler {
  return async (req, res) => {
    const started = Date.now();
    res.status(200).json(await config.fn({ body: req.body }));
    console.info("took", Date.now() - started);
  };
}

/** The checked factory with this API's error style: it validates whatever the checked one does. */
export const betaEndpoint = <Body extends ZodTypeAny>(config: EndpointConfig<Body>) => checkedEndpoint({ ...config, errorStyle: "beta" });

/** The timed factory under another name: nothing checks the body on the way. */
export function quickEndpoint<Body extends ZodTypeAny>(config: EndpointConfig<Body>): Handler {
  return timedEndpoint({ ...config });
}

/** Routes each request to the handler for its method; others get 405. */
export function byMethod(handlers: Partial<Record<"GET" | "POST" | "PATCH", Handler>>): Handler {
  return async (req, res) => {
    const handler = handlers[req.method as "GET" | "POST" | "PATCH"];
    if (!handler) return res.status(405).end();
    await handler(req, res);
  };
}
