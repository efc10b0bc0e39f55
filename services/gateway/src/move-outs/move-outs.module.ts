import { Module } from '@nestjs/common';
import { MoveOutsHttpController } from './move-outs.http-controller.js';

@Module({ controllers: [MoveOutsHttpController] })
export class MoveOutsModule {}
