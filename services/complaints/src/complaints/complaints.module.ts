import { Module } from '@nestjs/common';
import { CommunityReplicaModule } from '@pcs/platform';
import { ComplaintService } from './complaint.service.js';
import { ComplaintsNatsController } from './complaints.nats-controller.js';

@Module({
  imports: [CommunityReplicaModule],
  controllers: [ComplaintsNatsController],
  providers: [ComplaintService],
})
export class ComplaintsModule {}
