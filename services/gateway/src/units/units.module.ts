import { Module } from '@nestjs/common';
import { UnitsHttpController } from './units.http-controller.js';

@Module({ controllers: [UnitsHttpController] })
export class UnitsModule {}
