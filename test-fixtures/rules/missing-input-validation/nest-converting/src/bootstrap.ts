import { ValidationPipe, type INestApplication } from "@nestjs/common";

// The pipe converts each named query or path value to the type its parameter declares.
export function configure(app: INestApplication): void {
  app.useGlobalPipes(new ValidationPipe({ transform: true, stopAtFirstError: true }));
}
