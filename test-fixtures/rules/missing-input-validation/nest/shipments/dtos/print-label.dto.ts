import { IsIn } from "class-validator";

export class PrintLabelDto {
  @IsIn(["pdf", "zpl"])
  format!: string;
}
