import { IsString, IsUUID } from 'class-validator';

/** `decoration.returned.v1`: the drawings were rejected; the application returns for changes. */
export class DecorationReturnedV1 {
  @IsUUID()
  decorationId!: string;

  @IsUUID()
  unitId!: string;

  @IsString({ each: true })
  reasons!: string[];
}
