import { Module } from '@nestjs/common';
import { BillingHttpController } from './billing.http-controller.js';

@Module({ controllers: [BillingHttpController] })
export class BillingModule {}
