import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ConfirmDamageRepair,
  ConfirmDamageRepairV1,
  ApplyForDecoration,
  ApplyForDecorationV1,
  CancelDecoration,
  CancelDecorationV1,
  DecorationRefV1,
  GetDecoration,
  GetDecorationV1,
  IssueWorkerPasses,
  IssueWorkerPassesV1,
  ListDecorations,
  ListDecorationsV1,
  RecordDecorationInspection,
  RecordDecorationInspectionV1,
  RecordPatrolFinding,
  RecordPatrolFindingV1,
  RequestDecorationInspection,
  ReviewDecoration,
  ReviewDecorationV1,
  SubmitDecoration,
  UpdateDecorationDocuments,
  UpdateDecorationDocumentsV1,
  type DecorationView,
  type Page,
} from '@pcs/contracts';
import { DecorationService } from './decoration.service.js';

@Controller()
export class DecorationsNatsController {
  constructor(private readonly decorations: DecorationService) {}

  @MessagePattern(ConfirmDamageRepair.subject)
  confirmRepair(@Payload() command: ConfirmDamageRepairV1): Promise<DecorationView> {
    return this.decorations.confirmRepair(command);
  }

  @MessagePattern(ApplyForDecoration.subject)
  apply(@Payload() command: ApplyForDecorationV1): Promise<DecorationView> {
    return this.decorations.apply(command);
  }

  @MessagePattern(UpdateDecorationDocuments.subject)
  updateDocuments(@Payload() command: UpdateDecorationDocumentsV1): Promise<DecorationView> {
    return this.decorations.updateDocuments(command);
  }

  @MessagePattern(SubmitDecoration.subject)
  submit(@Payload() command: DecorationRefV1): Promise<DecorationView> {
    return this.decorations.submit(command);
  }

  @MessagePattern(ReviewDecoration.subject)
  review(@Payload() command: ReviewDecorationV1): Promise<DecorationView> {
    return this.decorations.review(command);
  }

  @MessagePattern(IssueWorkerPasses.subject)
  issuePasses(@Payload() command: IssueWorkerPassesV1): Promise<DecorationView> {
    return this.decorations.issuePasses(command);
  }

  @MessagePattern(RecordPatrolFinding.subject)
  recordPatrolFinding(@Payload() command: RecordPatrolFindingV1): Promise<DecorationView> {
    return this.decorations.recordPatrolFinding(command);
  }

  @MessagePattern(RequestDecorationInspection.subject)
  requestInspection(@Payload() command: DecorationRefV1): Promise<DecorationView> {
    return this.decorations.requestInspection(command);
  }

  @MessagePattern(RecordDecorationInspection.subject)
  recordInspection(@Payload() command: RecordDecorationInspectionV1): Promise<DecorationView> {
    return this.decorations.recordInspection(command);
  }

  @MessagePattern(CancelDecoration.subject)
  cancel(@Payload() command: CancelDecorationV1): Promise<DecorationView> {
    return this.decorations.cancel(command);
  }

  @MessagePattern(GetDecoration.subject)
  get(@Payload() query: GetDecorationV1): Promise<DecorationView> {
    return this.decorations.get(query);
  }

  @MessagePattern(ListDecorations.subject)
  list(@Payload() query: ListDecorationsV1): Promise<Page<DecorationView>> {
    return this.decorations.list(query);
  }
}
