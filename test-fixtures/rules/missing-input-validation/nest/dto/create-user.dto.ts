import { IsEmail, IsInt, IsString, Max, Min } from "class-validator";

export class CreateUserDto {
  @IsEmail()
  email!: string;

  @IsString()
  name!: string;

  @IsInt()
  @Min(13)
  @Max(130)
  age!: number;
}
