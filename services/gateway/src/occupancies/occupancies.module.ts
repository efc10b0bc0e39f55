import { Module } from '@nestjs/common';
import { OccupanciesHttpController } from './occupancies.http-controller.js';

@Module({ controllers: [OccupanciesHttpController] })
export class OccupanciesModule {}
