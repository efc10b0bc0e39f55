import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateRepairTeamV1,
  ListRepairTeamsV1,
  MaintenanceBus,
  type RepairTeamListView,
  type RepairTeamView,
} from '@pcs/contracts';
import { RepairTeamService } from './repair-team.service.js';

/** The company's repair-team directory on the bus (MNT-7, MNT-13). */
@Controller()
export class RepairTeamsNatsController {
  constructor(private readonly teams: RepairTeamService) {}

  @MessagePattern(MaintenanceBus.commands.createRepairTeam)
  create(@Payload() c: CreateRepairTeamV1): Promise<RepairTeamView> {
    return this.teams.create(c);
  }

  @MessagePattern(MaintenanceBus.queries.listRepairTeams)
  list(@Payload() q: ListRepairTeamsV1): Promise<RepairTeamListView> {
    return this.teams.list(q);
  }
}
