import { Module } from '@nestjs/common';
import { ComplaintsHttpController } from './complaints.http-controller.js';

@Module({ controllers: [ComplaintsHttpController] })
export class ComplaintsModule {}
