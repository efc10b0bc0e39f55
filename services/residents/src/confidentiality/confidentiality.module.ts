import { Module } from '@nestjs/common';
import { ConfidentialityNatsController } from './confidentiality.nats-controller.js';
import { ConfidentialityService } from './confidentiality.service.js';

/** GEN-4: reveals and the personal-data access log. */
@Module({
  controllers: [ConfidentialityNatsController],
  providers: [ConfidentialityService],
})
export class ConfidentialityModule {}
