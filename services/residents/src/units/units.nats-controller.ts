import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateUnit,
  CreateUnitV1,
  GetUnit,
  GetUnitV1,
  ListUnits,
  ListUnitsV1,
  UpdateUnit,
  UpdateUnitV1,
  type Page,
  type UnitView,
} from '@pcs/contracts';
import { UnitsService } from './units.service.js';

@Controller()
export class UnitsNatsController {
  constructor(private readonly units: UnitsService) {}

  @MessagePattern(CreateUnit.subject)
  create(@Payload() command: CreateUnitV1): Promise<UnitView> {
    return this.units.create(command);
  }

  @MessagePattern(UpdateUnit.subject)
  update(@Payload() command: UpdateUnitV1): Promise<UnitView> {
    return this.units.update(command);
  }

  @MessagePattern(GetUnit.subject)
  get(@Payload() query: GetUnitV1): Promise<UnitView> {
    return this.units.get(query);
  }

  @MessagePattern(ListUnits.subject)
  list(@Payload() query: ListUnitsV1): Promise<Page<UnitView>> {
    return this.units.list(query);
  }
}
