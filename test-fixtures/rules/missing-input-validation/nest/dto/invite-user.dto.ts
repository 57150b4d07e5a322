// A DTO without class-validator decorators: the ValidationPipe has nothing to check.
export class InviteUserDto {
  email!: string;
  teamId!: string;
}
