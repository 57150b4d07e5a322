import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Injectable, InternalServerErrorException } from "@nestjs/common";
import type { Response } from "express";
import { randomBytes } from "crypto";

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: Error, host: ArgumentsHost) {
    const errorId = randomBytes(16).toString("hex");
    console.error(errorId, exception);
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      // ok: error-detail-leak -- HttpExceptions are written for the client
      return response.status(exception.getStatus()).json(exception.getResponse());
    }
    // expect: error-detail-leak
    response.status(500).json({ statusCode: 500, message: `Internal server error (reference ${errorId})` });
  }
}

@Injectable()
export class PaymentsService {
  async refund(id: string) {
    try {
      return await this.charge(id);
    } catch (err) {
      // expect: error-detail-leak
      const errorId = randomBytes(16).toString("hex");
      console.error(errorId, err);
      throw new InternalServerErrorException(`Internal server error (reference ${errorId})`);
    }
  }

  async capture(id: string) {
    try {
      return await this.charge(id);
    } catch (err) {
      console.error(err);
      // ok: error-detail-leak -- generic exception message
      throw new InternalServerErrorException("Payment capture failed");
    }
  }

  private async charge(id: string) {
    return { id };
  }
}
