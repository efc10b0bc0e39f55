import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ComplaintsBus,
  DomainError,
  GetComplaint,
  RegisterComplaint,
  type ComplaintView,
} from '@pcs/contracts';
import {
  complaintRegistration,
  createBusPrefix,
  deleteBusResources,
  eventually,
  staff,
  startTestService,
  TestBus,
  type TestService,
} from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';

describe('registering a complaint over the bus', () => {
  const prefix = createBusPrefix();
  let service: TestService;
  let bus: TestBus;

  beforeAll(async () => {
    service = await startTestService(complaintsService, { prefix });
    bus = await TestBus.connect(prefix);
  });

  afterAll(async () => {
    await bus?.close();
    await service?.destroy();
    await deleteBusResources(prefix);
  });

  it('CMP-1: registers with a GEN-2 number, reads it back and publishes complaint.registered.v1', async () => {
    const created = await bus.request(RegisterComplaint, complaintRegistration(), staff());
    expect(created.number).toMatch(/^TS-GZ01-\d{4}-000001$/);
    expect(created.customer).toEqual({ anonymous: false, surname: '王', phone: '138****5678' });
    expect(created.categoryLabel).toBe('工程质量');
    expect(created.receivedBy).toEqual({ staffId: 'staff-0001', name: '李娜' });

    const read = await bus.request(GetComplaint, { id: created.id }, staff());
    expect(read).toEqual(created);

    const events = await eventually(async () => {
      const all = await bus.events(ComplaintsBus.stream);
      expect(all).toHaveLength(1);
      return all;
    });
    expect(events[0]).toMatchObject({
      specversion: '1.0',
      type: 'complaint.registered.v1',
      source: 'complaints',
      subject: created.id,
      companyid: 'HRX',
      communityid: 'GZ01',
      actorid: 'staff-0001',
      data: { complaintId: created.id, number: created.number, kind: 'complaint', channel: 'call' },
    });
    expect(JSON.stringify(events[0])).not.toContain('13812345678');
  });

  it('GEN-5: another community or company does not see the complaint', async () => {
    const created = await bus.request<object, ComplaintView>(
      RegisterComplaint,
      complaintRegistration(),
      staff(),
    );
    for (const outsider of [
      staff({ communities: ['SZ02'] }),
      staff({ companyId: 'OTHER', communities: ['*'] }),
    ]) {
      await expect(bus.request(GetComplaint, { id: created.id }, outsider)).rejects.toMatchObject({
        code: 'COMPLAINT_NOT_FOUND',
      });
    }
    await expect(
      bus.request(RegisterComplaint, complaintRegistration(), staff({ communities: ['SZ02'] })),
    ).rejects.toBeInstanceOf(DomainError);
  });
});
