import { Module } from '@nestjs/common';
import { ShiftHandoversHttpController } from './shift-handovers.http-controller.js';

@Module({ controllers: [ShiftHandoversHttpController] })
export class ShiftHandoversModule {}
