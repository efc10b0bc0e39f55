import { Module } from '@nestjs/common';
import { MoveInsHttpController } from './move-ins.http-controller.js';

@Module({ controllers: [MoveInsHttpController] })
export class MoveInsModule {}
