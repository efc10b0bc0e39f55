import { Module } from '@nestjs/common';
import { ContactPreferencesService } from './contact-preferences.service.js';
import { PeopleNatsController } from './people.nats-controller.js';
import { PeopleService } from './people.service.js';

/** RES-2 people, RES-7 preferences, GEN-4 masked views and search. */
@Module({
  controllers: [PeopleNatsController],
  providers: [PeopleService, ContactPreferencesService],
})
export class PeopleModule {}
