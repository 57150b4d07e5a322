import { Type } from "class-transformer";
import { IsInt, IsNotEmpty, IsString } from "class-validator";

// Every variable the service reads, with its type: checked once at boot (main.ts).
export class ConsoleEnv {
  @IsString()
  @IsNotEmpty()
  CONSOLE_NAME!: string;

  @Type(() => Number)
  @IsInt()
  CONSOLE_PORT!: number;
}
