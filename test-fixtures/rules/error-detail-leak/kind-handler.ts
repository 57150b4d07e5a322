import express, { type NextFunction, type Request, type Response } from "express";

const app = express();

// The project's own failures carry a kind and a message written for the client.
export class ShopError extends Error {
  static readonly Kinds = { OUT_OF_STOCK: "out_of_stock", BAD_COUPON: "bad_coupon", LOCKED: "locked" } as const;
  constructor(readonly kind: string, message: string) {
    super(message);
  }
}

type Failure = Error & { kind?: string; code?: string };

// Keeps the message only for the kinds it lists; anything else (a driver error, a bug) gets fixed text.
app.use((err: Failure, _req: Request, res: Response, _next: NextFunction) => {
  const answer = { code: err.code, message: err.message };
  let status = 500;
  switch (err.kind ?? err.name) {
    case ShopError.Kinds.OUT_OF_STOCK:
    case ShopError.Kinds.BAD_COUPON:
      status = 422;
      break;
    case ShopError.Kinds.LOCKED:
      status = 409;
      break;
    default:
      answer.code = "unknown_error";
      answer.message = "Something went wrong.";
  }
  // ok: error-detail-leak -- the switch's default overwrites the message for every kind it does not list
  res.status(status).json(answer);
});

// The same shape, but the default branch only picks a status: every unlisted error keeps its own message.
export function statusOnlyHandler(err: Failure, _req: Request, res: Response, _next: NextFunction) {
  const answer = { code: err.code, message: err.message };
  let status = 400;
  switch (err.kind) {
    case ShopError.Kinds.LOCKED:
      status = 409;
      break;
    default:
      status = 500;
  }
  // expect: error-detail-leak
  res.status(status).json(answer);
}

app.listen(3000);
