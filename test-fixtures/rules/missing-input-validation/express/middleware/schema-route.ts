import Ajv from "ajv";
import type { NextFunction, Request, Response } from "express";

const ajv = new Ajv({ allErrors: true });
ajv.addSchema({ type: "object", properties: { title: { type: "string", maxLength: 80 } }, required: ["title"], additionalProperties: false }, "ShelfCreate");
ajv.addSchema({ type: "object", properties: { title: { type: "string", maxLength: 80 } }, additionalProperties: false }, "ShelfRename");

export interface SchemaRouteOptions {
  /** The key of the schema the request body must match. */
  bodySchema?: string;
}

// Each route names the schema its body must match; the middleware looks it up and turns away a body that does not.
export function schemaRoute(options: SchemaRouteOptions) {
  const validate = options.bodySchema ? ajv.getSchema(options.bodySchema) : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (validate && !validate(req.body)) return res.status(400).json({ errors: validate.errors });
    next();
  };
}
