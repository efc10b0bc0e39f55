import { Module } from '@nestjs/common';
import { PeopleHttpController } from './people.http-controller.js';

@Module({ controllers: [PeopleHttpController] })
export class PeopleModule {}
