import { NestFactory } from "@nestjs/core";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { AppModule } from "./app.module";

// The app sends helmet's headers only when a feature flag is on, with a policy that lets a payment widget load and
// skips the docs pages. A default `app.use(helmet())` in front of every request would override both choices: the
// finding stays, and adding the default middleware is only a suggestion, never applied by --fix.
async function bootstrap() {
  // expect: missing-security-headers
  const app = await NestFactory.create(AppModule);
  if (process.env.PAYMENTS_ENABLED === "true") {
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.path.startsWith("/docs")) return next();
      helmet({ contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "https://pay.example.net"] } } })(req, res, next);
    });
  }
  await app.listen(3000);
}

bootstrap();
