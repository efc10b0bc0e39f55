import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DecideFileAccess,
  DecideFileAccessV1,
  GetResidentFileV1,
  ListFileAccessRequests,
  ListFileAccessRequestsV1,
  ReadResidentFile,
  RequestFileAccess,
  RequestFileAccessV1,
  type FileAccessRequestView,
  type Page,
  type ResidentFileView,
} from '@pcs/contracts';
import { FileAccessService } from './file-access.service.js';

@Controller()
export class FileAccessNatsController {
  constructor(private readonly fileAccess: FileAccessService) {}

  @MessagePattern(RequestFileAccess.subject)
  request(@Payload() command: RequestFileAccessV1): Promise<FileAccessRequestView> {
    return this.fileAccess.request(command);
  }

  @MessagePattern(DecideFileAccess.subject)
  decide(@Payload() command: DecideFileAccessV1): Promise<FileAccessRequestView> {
    return this.fileAccess.decide(command);
  }

  @MessagePattern(ReadResidentFile.subject)
  readFile(@Payload() command: GetResidentFileV1): Promise<ResidentFileView> {
    return this.fileAccess.readFile(command);
  }

  @MessagePattern(ListFileAccessRequests.subject)
  list(@Payload() query: ListFileAccessRequestsV1): Promise<Page<FileAccessRequestView>> {
    return this.fileAccess.list(query);
  }
}
