import { Module } from '@nestjs/common';
import { ClockModule, CommunityReplicaModule } from '@pcs/platform';
import { ComplaintsModule } from '../complaints/complaints.module.js';
import { SurveyScoresService } from './survey-scores.service.js';
import { SurveyService } from './survey.service.js';
import { SurveysNatsController } from './surveys.nats-controller.js';
import { UnitStatusSubscriber } from './unit-status.subscriber.js';

/** SAT-1 … SAT-4: satisfaction surveys; the scores service is exported for the reports (CMP-12). */
@Module({
  imports: [ClockModule, CommunityReplicaModule, ComplaintsModule],
  controllers: [SurveysNatsController],
  providers: [SurveyScoresService, SurveyService, UnitStatusSubscriber],
  exports: [SurveyScoresService],
})
export class SurveysModule {}
