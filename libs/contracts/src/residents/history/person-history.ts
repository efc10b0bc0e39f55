import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, ValidateNested } from 'class-validator';
import { IsInstant, IsLocalDate } from '../../validation/validators.js';
import { ProcedureKind } from './history-codes.js';

/** A person's procedures: the move-ins, move-outs and decorations they took part in. */
export class GetPersonHistoryV1 {
  @IsUUID()
  personId!: string;
}

export class PersonProcedureView {
  @IsIn(ProcedureKind.codes)
  kind!: ProcedureKind;

  @IsString()
  kindLabel!: string;

  @IsUUID()
  id!: string;

  @IsUUID()
  unitId!: string;

  @IsString()
  unitLabel!: string;

  /** The procedure's own status code (`open`, `requested`, `approved`, …). */
  @IsString()
  status!: string;

  @IsString()
  statusLabel!: string;

  /** The planned move-in date, the move-out date or the works' start. */
  @IsOptional()
  @IsLocalDate()
  date?: string;

  @IsInstant()
  createdAt!: string;
}

/** A person's units are their occupancies (`GET /people/{id}`); this adds their procedures, newest first. */
export class PersonHistoryView {
  @IsUUID()
  personId!: string;

  @IsString()
  name!: string;

  @ValidateNested({ each: true })
  @Type(() => PersonProcedureView)
  procedures!: PersonProcedureView[];
}
