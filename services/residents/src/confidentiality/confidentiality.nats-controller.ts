import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ListPersonalDataAccess,
  ListPersonalDataAccessV1,
  RevealPerson,
  RevealPersonV1,
  type Page,
  type PersonalDataAccessView,
  type RevealedPersonView,
} from '@pcs/contracts';
import { ConfidentialityService } from './confidentiality.service.js';

@Controller()
export class ConfidentialityNatsController {
  constructor(private readonly confidentiality: ConfidentialityService) {}

  @MessagePattern(RevealPerson.subject)
  reveal(@Payload() command: RevealPersonV1): Promise<RevealedPersonView> {
    return this.confidentiality.reveal(command);
  }

  @MessagePattern(ListPersonalDataAccess.subject)
  list(@Payload() query: ListPersonalDataAccessV1): Promise<Page<PersonalDataAccessView>> {
    return this.confidentiality.list(query);
  }
}
