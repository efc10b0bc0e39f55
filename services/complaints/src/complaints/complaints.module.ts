import { Module } from '@nestjs/common';
import { ComplaintService } from './complaint.service.js';
import { ComplaintsNatsController } from './complaints.nats-controller.js';

@Module({
  controllers: [ComplaintsNatsController],
  providers: [ComplaintService],
})
export class ComplaintsModule {}
