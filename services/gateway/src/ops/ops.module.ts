import { Module } from '@nestjs/common';
import { OpsHttpController } from './ops.http-controller.js';

@Module({ controllers: [OpsHttpController] })
export class OpsModule {}
