import { BadRequestException } from "@nestjs/common";

/** The project's own 400: what the caller sent cannot be used. */
export class InputException extends BadRequestException {}
