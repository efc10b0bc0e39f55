import { Module } from '@nestjs/common';
import { CallerCardHttpController } from './caller-card.http-controller.js';
import { CallerCardService } from './caller-card.service.js';

/** DESK-3: what the front desk sees when a call comes in. */
@Module({ controllers: [CallerCardHttpController], providers: [CallerCardService] })
export class DeskModule {}
