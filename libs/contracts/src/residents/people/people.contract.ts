import type { Page } from '../../common/pagination.js';
import { defineCommand, defineEvent, defineQuery } from '../../events/definitions.js';
import { ResidentsBus } from '../residents.bus.js';
import type { ContactPreferencesView } from './contact-preferences-view.js';
import { GetContactPreferencesV1 } from './get-contact-preferences.js';
import { GetPersonV1 } from './get-person.js';
import { ListPersonalDataAccessV1 } from './list-personal-data-access.js';
import { PersonRegisteredV1 } from './person-registered.js';
import { PersonUpdatedV1 } from './person-updated.js';
import type { PersonView } from './person-view.js';
import type { PersonalDataAccessView } from './personal-data-access-view.js';
import { RegisterPersonV1 } from './register-person.js';
import { RevealPersonV1 } from './reveal-person.js';
import type { RevealedPersonView } from './revealed-person-view.js';
import { SearchPeopleV1 } from './search-people.js';
import { SetContactPreferencesV1 } from './set-contact-preferences.js';
import { UpdatePersonV1 } from './update-person.js';

/* RES-2, RES-7, GEN-4: the resident file's people, their preferences, reveals and the access log. */

const C = ResidentsBus.commands;
const Q = ResidentsBus.queries;
const E = ResidentsBus.events;

export const RegisterPerson = defineCommand<RegisterPersonV1, PersonView>({
  subject: C.registerPerson,
  request: RegisterPersonV1,
  summary: "Register a person in a community's resident file (RES-2)",
});

export const UpdatePerson = defineCommand<UpdatePersonV1, PersonView>({
  subject: C.updatePerson,
  request: UpdatePersonV1,
  summary: "Change a person's record, with a reason (GEN-3)",
});

export const GetPerson = defineQuery<GetPersonV1, PersonView>({
  subject: Q.getPerson,
  request: GetPersonV1,
  summary: 'Read a person, masked (GEN-4)',
});

export const SearchPeople = defineQuery<SearchPeopleV1, Page<PersonView>>({
  subject: Q.searchPeople,
  request: SearchPeopleV1,
  summary: 'Find people by name, full phone or unit, masked (GEN-4)',
});

export const RevealPerson = defineCommand<RevealPersonV1, RevealedPersonView>({
  subject: C.revealPerson,
  request: RevealPersonV1,
  summary: "See a person's phone and ID number in full, logged with the reason (GEN-4)",
});

export const SetContactPreferences = defineCommand<SetContactPreferencesV1, ContactPreferencesView>({
  subject: C.setContactPreferences,
  request: SetContactPreferencesV1,
  summary: 'Refuse return visits or choose a channel (RES-7)',
});

export const GetContactPreferences = defineQuery<GetContactPreferencesV1, ContactPreferencesView>({
  subject: Q.getContactPreferences,
  request: GetContactPreferencesV1,
  summary: 'May this person be visited, and how (RES-7, CMP-10, MNT-10)',
});

export const ListPersonalDataAccess = defineQuery<ListPersonalDataAccessV1, Page<PersonalDataAccessView>>({
  subject: Q.listPersonalDataAccess,
  request: ListPersonalDataAccessV1,
  summary: 'The log of full views of personal data (GEN-4)',
});

export const PersonRegistered = defineEvent({
  subject: E.personRegistered,
  type: 'person.registered.v1',
  data: PersonRegisteredV1,
  summary: 'A person was registered',
});

export const PersonUpdated = defineEvent({
  subject: E.personUpdated,
  type: 'person.updated.v1',
  data: PersonUpdatedV1,
  summary: "A person's record or preferences changed",
});
