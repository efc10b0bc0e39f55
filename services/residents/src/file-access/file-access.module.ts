import { Module } from '@nestjs/common';
import { FileAccessNatsController } from './file-access.nats-controller.js';
import { FileAccessService } from './file-access.service.js';

/** RES-8: requests to borrow or export a resident's file. */
@Module({
  controllers: [FileAccessNatsController],
  providers: [FileAccessService],
})
export class FileAccessModule {}
