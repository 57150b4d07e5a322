// Project validation helpers: an Express middleware and a body parser, both checking a zod schema.
import type { NextFunction, Request, Response } from "express";
import type { ZodTypeAny, z } from "zod";

export function validate(schema: ZodTypeAny) {
  return (req: Request, res: Response, next: NextFunction) => {
    const result = schema.safeParse(req.body);
    if (!result.success) return res.status(400).json({ error: result.error.flatten() });
    req.body = result.data;
    next();
  };
}

export function parseBody<Schema extends ZodTypeAny>(req: Request, schema: Schema): z.infer<Schema> {
  return schema.parse(req.body);
}
