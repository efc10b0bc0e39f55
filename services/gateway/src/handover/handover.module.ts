import { Module } from '@nestjs/common';
import { HandoverHttpController } from './handover.http-controller.js';

@Module({ controllers: [HandoverHttpController] })
export class HandoverModule {}
