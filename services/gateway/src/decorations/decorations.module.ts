import { Module } from '@nestjs/common';
import { DecorationsHttpController } from './decorations.http-controller.js';

@Module({ controllers: [DecorationsHttpController] })
export class DecorationsModule {}
