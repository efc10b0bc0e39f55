import { Module } from '@nestjs/common';
import { OccupanciesNatsController } from './occupancies.nats-controller.js';
import { OccupanciesService } from './occupancies.service.js';

/** RES-2: occupancy of units by people. */
@Module({
  controllers: [OccupanciesNatsController],
  providers: [OccupanciesService],
})
export class OccupanciesModule {}
