import { Controller, Module } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { canAccessCommunity, DomainError, GetPerson, GetPersonV1 } from '@pcs/contracts';
import { CallContext, ProcessEnv, type RunningProcess } from '@pcs/platform';
import { startTestEdge } from '@pcs/testing';

/**
 * The people residents keeps, by id with their community, for this test file: `announcePerson` adds
 * each person it announces (decision 0272: maintenance asks residents a person's community).
 */
export const PEOPLE_ON_FILE = new Map<string, string>();

@Controller()
class StubPeopleController {
  /** As residents answers: a person outside the caller's communities is not found (GEN-5). */
  @MessagePattern(GetPerson.subject)
  get(@Payload() query: GetPersonV1): { id: string; communityId: string } {
    const communityId = PEOPLE_ON_FILE.get(query.id);
    const actor = CallContext.current()?.actor;
    if (!communityId || !actor || !canAccessCommunity(actor, communityId)) {
      throw DomainError.notFound('PERSON_NOT_FOUND');
    }
    return { id: query.id, communityId };
  }
}

@Module({ controllers: [StubPeopleController] })
class StubResidentsModule {}

/** Stands in for residents' people query on the test file's bus. */
export function startStubResidents(prefix: string): Promise<RunningProcess> {
  return startTestEdge({ name: 'residents', env: ProcessEnv, imports: [StubResidentsModule] }, { prefix });
}
