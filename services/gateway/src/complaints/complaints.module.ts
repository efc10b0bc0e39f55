import { Module } from '@nestjs/common';
import { CallBacksHttpController } from './call-backs.http-controller.js';
import { ComplaintsHttpController } from './complaints.http-controller.js';
import { ReconciliationsHttpController } from './reconciliations.http-controller.js';

@Module({
  controllers: [CallBacksHttpController, ComplaintsHttpController, ReconciliationsHttpController],
})
export class ComplaintsModule {}
