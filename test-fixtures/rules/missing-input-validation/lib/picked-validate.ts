// A validator middleware that picks the parts of the request a schema describes and checks that selection: the schema
// sees a value built from the request, not the request parameter itself.
import type { NextFunction, Request, Response } from "express";
import Joi from "joi";

export const checkParts = (parts: Record<string, Joi.Schema>) => (req: Request, res: Response, next: NextFunction) => {
  const selection = Object.fromEntries(Object.keys(parts).map((key) => [key, (req as unknown as Record<string, unknown>)[key]]));
  const { error } = Joi.object(parts).validate(selection);
  if (error) return res.status(400).json({ error: error.message });
  next();
};
