import { IsInt, IsPositive, IsString, Length } from "class-validator";

export class BookShipmentDto {
  @IsString()
  @Length(2, 2)
  destinationCountry!: string;

  @IsInt()
  @IsPositive()
  weightGrams!: number;
}

/** Only a TypeScript shape: the ValidationPipe has no runtime class to check it against. */
export interface ShipmentNoteBody {
  note: string;
}
