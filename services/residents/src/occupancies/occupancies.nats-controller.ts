import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  EndOccupancy,
  EndOccupancyV1,
  StartOccupancy,
  StartOccupancyV1,
  type OccupancyView,
} from '@pcs/contracts';
import { OccupanciesService } from './occupancies.service.js';

@Controller()
export class OccupanciesNatsController {
  constructor(private readonly occupancies: OccupanciesService) {}

  @MessagePattern(StartOccupancy.subject)
  start(@Payload() command: StartOccupancyV1): Promise<OccupancyView> {
    return this.occupancies.start(command);
  }

  @MessagePattern(EndOccupancy.subject)
  end(@Payload() command: EndOccupancyV1): Promise<OccupancyView> {
    return this.occupancies.end(command);
  }
}
