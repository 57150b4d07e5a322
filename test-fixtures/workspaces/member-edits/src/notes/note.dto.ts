import { IsOptional, IsString, MaxLength } from "class-validator";

export class WriteNoteDto {
  @IsString()
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsString()
  body?: string;
}

export class LooseNoteDto {
  title?: string;
  tags?: string[];
}
