import { Module } from '@nestjs/common';
import { BuildingsService } from './buildings.service.js';
import { CommunitiesNatsController } from './communities.nats-controller.js';
import { CommunitiesService } from './communities.service.js';
import { StructureCorrectionsService } from './structure-corrections.service.js';

/** RES-1: communities and their buildings. */
@Module({
  controllers: [CommunitiesNatsController],
  providers: [CommunitiesService, BuildingsService, StructureCorrectionsService],
})
export class CommunitiesModule {}
