// The folder's DTO convention: one decorated class per file in dto/.
import { IsString } from "class-validator";

export class CancelSubscriptionDto {
  @IsString()
  reason!: string;
}
