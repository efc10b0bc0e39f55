import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  ComplaintsBus,
  DomainError,
  GetComplaint,
  RegisterComplaint,
  type ComplaintView,
} from '@pcs/contracts';
import { MikroORM } from '@mikro-orm/core';
import { complaintRegistration, eventually, staff, useService } from '@pcs/testing';
import { complaintsService } from '../src/complaints.service-spec.js';
import { announceCommunities } from './announce-communities.js';

describe('registering a complaint over the bus', () => {
  const fixture = useService(complaintsService);
  // Entries are taken only in communities residents announced (decision 0194).
  beforeAll(() => announceCommunities(fixture, ['GZ01']));

  it('CMP-1: registers with a GEN-2 number, reads it back and publishes complaint.registered.v1', async () => {
    const created = await fixture.bus.request(RegisterComplaint, complaintRegistration(), staff());
    expect(created.number).toMatch(/^TS-GZ01-\d{4}-000001$/);
    expect(created.customer).toEqual({ anonymous: false, surname: '王', phone: '138****5678' });
    expect(created.categoryLabel).toBe('工程质量');
    expect(created.receivedBy).toEqual({ staffId: 'staff-0001', name: '李娜' });

    const read = await fixture.bus.request(GetComplaint, { id: created.id }, staff());
    expect(read).toEqual(created);

    const events = await eventually(async () => {
      const all = await fixture.bus.events(ComplaintsBus.stream);
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
      aggregateversion: 1,
      data: { complaintId: created.id, number: created.number, kind: 'complaint', channel: 'call' },
    });
    expect(JSON.stringify(events[0])).not.toContain('13812345678');
  });

  it('GEN-5: another community or company does not see the complaint', async () => {
    const created = await fixture.bus.request<object, ComplaintView>(
      RegisterComplaint,
      complaintRegistration(),
      staff(),
    );
    for (const outsider of [
      staff({ communities: ['SZ02'] }),
      staff({ companyId: 'OTHER', communities: ['*'] }),
    ]) {
      await expect(fixture.bus.request(GetComplaint, { id: created.id }, outsider)).rejects.toMatchObject({
        code: 'COMPLAINT_NOT_FOUND',
      });
    }
    await expect(
      fixture.bus.request(RegisterComplaint, complaintRegistration(), staff({ communities: ['SZ02'] })),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it('GEN-5: a community residents never announced takes no entries, whatever the caller may see', async () => {
    const everywhere = staff({ roles: ['cs-manager'], communities: ['*'] });
    for (const [actor, communityId] of [
      [everywhere, 'QQ77'],
      [everywhere, 'GZ1O'],
      [staff({ companyId: 'OTHER', communities: ['*'] }), 'GZ01'],
      [staff({ communities: ['QQ77'] }), 'QQ77'],
    ] as const) {
      await expect(
        fixture.bus.request(RegisterComplaint, complaintRegistration({ communityId }), actor),
      ).rejects.toMatchObject({ code: 'COMMUNITY_NOT_FOUND' });
    }
    // Nothing written: no entry and no number series of its own.
    const em = fixture.service.app.get(MikroORM).em.fork();
    expect(
      await em.getConnection().execute(
        `select (select count(*)::int from complaint where community_id <> 'GZ01' or company_id <> 'HRX') as entries,
                  (select count(*)::int from number_sequence where community_id <> 'GZ01' or company_id <> 'HRX') as series`,
      ),
    ).toEqual([{ entries: 0, series: 0 }]);
  });
});
