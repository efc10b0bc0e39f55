import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  GetComplaint,
  GetComplaintV1,
  RegisterComplaint,
  RegisterComplaintV1,
  type ComplaintView,
} from '@pcs/contracts';
import { ComplaintService } from './complaint.service.js';

@Controller()
export class ComplaintsNatsController {
  constructor(private readonly complaints: ComplaintService) {}

  @MessagePattern(RegisterComplaint.subject)
  register(@Payload() command: RegisterComplaintV1): Promise<ComplaintView> {
    return this.complaints.register(command);
  }

  @MessagePattern(GetComplaint.subject)
  get(@Payload() query: GetComplaintV1): Promise<ComplaintView> {
    return this.complaints.get(query);
  }
}
