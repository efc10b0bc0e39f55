import { IsIn, IsUUID } from 'class-validator';
import { SERVICE_BUSES, type ServiceName } from '@pcs/contracts';

const SERVICES = SERVICE_BUSES.map((b) => b.service);

/** `{service}`: one of the four services that keep dead letters and an outbox. */
export class OpsServicePath {
  @IsIn(SERVICES, { message: `service must be one of ${SERVICES.join(', ')}` })
  service!: ServiceName;
}

/** `{service}` and the `{id}` of a dead letter or an outbox event. */
export class OpsRecordPath extends OpsServicePath {
  @IsUUID()
  id!: string;
}
