import { Module } from '@nestjs/common';
import { CommunitiesHttpController, CompanyHttpController } from './communities.http-controller.js';

@Module({ controllers: [CommunitiesHttpController, CompanyHttpController] })
export class CommunitiesModule {}
