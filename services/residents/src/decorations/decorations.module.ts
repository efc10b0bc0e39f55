import { Module } from '@nestjs/common';
import { DecorationService } from './decoration.service.js';
import { DecorationsNatsController } from './decorations.nats-controller.js';

/** RES-5: secondary decoration. */
@Module({
  controllers: [DecorationsNatsController],
  providers: [DecorationService],
})
export class DecorationsModule {}
