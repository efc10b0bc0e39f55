import { Module } from '@nestjs/common';
import { EarlyWarningsHttpController } from './early-warnings.http-controller.js';
import { IncidentsHttpController } from './incidents.http-controller.js';

@Module({ controllers: [EarlyWarningsHttpController, IncidentsHttpController] })
export class IncidentsModule {}
