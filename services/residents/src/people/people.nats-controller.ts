import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetContactPreferences,
  GetContactPreferencesV1,
  GetPerson,
  GetPersonV1,
  RegisterPerson,
  RegisterPersonV1,
  SearchPeople,
  SearchPeopleV1,
  SetContactPreferences,
  SetContactPreferencesV1,
  UpdatePerson,
  UpdatePersonV1,
  type ContactPreferencesView,
  type Page,
  type PersonView,
} from '@pcs/contracts';
import { ContactPreferencesService } from './contact-preferences.service.js';
import { PeopleService } from './people.service.js';

@Controller()
export class PeopleNatsController {
  constructor(
    private readonly people: PeopleService,
    private readonly preferences: ContactPreferencesService,
  ) {}

  @MessagePattern(RegisterPerson.subject)
  register(@Payload() command: RegisterPersonV1): Promise<PersonView> {
    return this.people.register(command);
  }

  @MessagePattern(UpdatePerson.subject)
  update(@Payload() command: UpdatePersonV1): Promise<PersonView> {
    return this.people.update(command);
  }

  @MessagePattern(GetPerson.subject)
  get(@Payload() query: GetPersonV1): Promise<PersonView> {
    return this.people.get(query);
  }

  @MessagePattern(SearchPeople.subject)
  search(@Payload() query: SearchPeopleV1): Promise<Page<PersonView>> {
    return this.people.search(query);
  }

  @MessagePattern(SetContactPreferences.subject)
  setPreferences(@Payload() command: SetContactPreferencesV1): Promise<ContactPreferencesView> {
    return this.preferences.set(command);
  }

  @MessagePattern(GetContactPreferences.subject)
  getPreferences(@Payload() query: GetContactPreferencesV1): Promise<ContactPreferencesView> {
    return this.preferences.get(query);
  }
}
