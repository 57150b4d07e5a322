import { ArgumentsHost, Catch, ExceptionFilter } from "@nestjs/common";
import type { Response } from "express";

export class QuotaExceededError extends Error {}

@Catch(QuotaExceededError)
export class QuotaExceededFilter implements ExceptionFilter {
  catch(exception: QuotaExceededError, host: ArgumentsHost) {
    // ok: error-detail-leak -- Nest hands this filter only the project's own quota errors
    host.switchToHttp().getResponse<Response>().status(429).json({ message: exception.message });
  }
}

@Catch(Error)
export class EveryErrorFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost) {
    // expect: error-detail-leak
    host.switchToHttp().getResponse<Response>().status(500).json({ message: exception.message });
  }
}
