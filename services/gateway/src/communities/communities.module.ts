import { Module } from '@nestjs/common';
import { CommunitiesHttpController } from './communities.http-controller.js';

@Module({ controllers: [CommunitiesHttpController] })
export class CommunitiesModule {}
