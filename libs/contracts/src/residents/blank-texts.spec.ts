import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../validation/validate-payload.js';
import {
  ApplyForDecorationV1,
  ConfirmDamageRepairV1,
  CreateBuildingV1,
  CreateCommunityV1,
  DecideFileAccessV1,
  RecordDecorationInspectionV1,
  RecordHandoverInspectionV1,
  RecordMoveOutInspectionV1,
  RecordPatrolFindingV1,
  RegisterPersonV1,
  ReviewDecorationV1,
  SearchPeopleV1,
  UpdateBuildingV1,
  UpdateCommunityV1,
  CompanySettingsV1,
  UpdatePersonV1,
} from '../index.js';

const ID = '0194f3a2-7c1e-7d3b-9a4e-5b6c7d8e9f01';
const AT = '2026-12-01T10:00:00+08:00';
const ADDRESS = { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' };
const DECORATION = {
  unitId: ID,
  applicantPersonId: ID,
  scope: '厨房、卫生间改造',
  contractor: { name: '广州美家装饰工程有限公司', managerName: '陈志强', managerPhone: '13922334455' },
  schedule: { startDate: '2026-12-10', endDate: '2027-02-28' },
  workers: [{ name: '李建军', phone: '13711112222', idNumber: '440106198506123318' }],
  drawings: [{ fileId: 'files/zx-plan-001.pdf', title: '平面布置图' }],
  agreement: { fileId: 'files/zx-agreement-001.pdf', signedOn: '2026-11-20' },
};

/** Each contract with a valid payload, and the texts in it that a person writes. */
const CASES: [string, new () => object, Record<string, unknown>, string[]][] = [
  [
    'RES-1 community',
    CreateCommunityV1,
    { id: 'GZ09', name: '锦绣花园', kind: 'residential', address: ADDRESS },
    ['name', 'address.province', 'address.city', 'address.district', 'address.street'],
  ],
  [
    'RES-1 community correction',
    UpdateCommunityV1,
    { communityId: 'GZ01', name: '锦绣花园', reason: '更正' },
    ['name', 'reason'],
  ],
  [
    'RES-1 building',
    CreateBuildingV1,
    { communityId: 'GZ01', code: '3', name: '3栋', floorsAboveGround: 18 },
    ['code', 'name'],
  ],
  [
    'RES-1 building correction',
    UpdateBuildingV1,
    { buildingId: ID, name: '3栋', reason: '更正' },
    ['name', 'reason'],
  ],
  ['RES-1 company settings', CompanySettingsV1, { name: '华润物业', reason: '更正' }, ['name', 'reason']],
  [
    'RES-2 person',
    RegisterPersonV1,
    { communityId: 'GZ01', name: '王建国', phone: '13802251234', notes: '行动不便' },
    ['name', 'notes'],
  ],
  [
    'RES-2 person correction',
    UpdatePersonV1,
    { id: ID, name: '王建国', notes: '行动不便', reason: '更正' },
    ['name', 'notes', 'reason'],
  ],
  ['GEN-4 people search', SearchPeopleV1, { communityId: 'GZ01', name: '王' }, ['name']],
  [
    'RES-3 handover defects',
    RecordHandoverInspectionV1,
    {
      unitId: ID,
      ownerPersonId: ID,
      inspectedAt: AT,
      defects: [{ location: '主卧窗台', description: '窗台渗水', trades: ['civil'], severity: 'minor' }],
    },
    ['defects[0].location', 'defects[0].description'],
  ],
  [
    'RES-5 decoration documents',
    ApplyForDecorationV1,
    DECORATION,
    [
      'scope',
      'contractor.name',
      'contractor.managerName',
      'workers[0].name',
      'drawings[0].fileId',
      'drawings[0].title',
      'agreement.fileId',
    ],
  ],
  [
    'RES-5 review reasons',
    ReviewDecorationV1,
    { decorationId: ID, decision: 'reject', reasons: ['图纸不全'] },
    ['reasons'],
  ],
  [
    'RES-5 patrol finding',
    RecordPatrolFindingV1,
    { decorationId: ID, foundAt: AT, description: '擅自拆改墙体', violation: true },
    ['description'],
  ],
  [
    'RES-5 completion inspection',
    RecordDecorationInspectionV1,
    {
      decorationId: ID,
      inspectedAt: AT,
      result: 'failed',
      itemsToFix: ['卫生间闭水试验不合格'],
      damages: [],
      signatures: [{ department: 'engineering', headName: '赵志刚' }],
    },
    ['itemsToFix', 'signatures[0].headName'],
  ],
  [
    'RES-5 repair confirmation',
    ConfirmDamageRepairV1,
    { decorationId: ID, repairId: ID, inspectedAt: AT, repaired: true, note: '已修复' },
    ['note'],
  ],
  [
    'RES-6 move-out damages',
    RecordMoveOutInspectionV1,
    {
      moveOutId: ID,
      inspectedAt: AT,
      damages: [{ description: '地板划伤', amountFen: 100, chargeTo: 'account' }],
    },
    ['damages[0].description'],
  ],
  [
    'RES-8 decision comment',
    DecideFileAccessV1,
    { requestId: ID, decision: 'approve', comment: '同意' },
    ['comment'],
  ],
];

/** The payload with the text at `path` replaced; a list of texts (`reasons`) gets it as its one item. */
function withText(payload: Record<string, unknown>, path: string, text: string): Record<string, unknown> {
  const copy = structuredClone(payload);
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop() ?? path;
  let at: Record<string, unknown> = copy;
  for (const key of keys) at = at[key] as Record<string, unknown>;
  at[last] = Array.isArray(at[last]) ? [text] : text;
  return copy;
}

describe('texts a person writes are not blank (400 naming the field)', () => {
  it.each(CASES)('%s: the valid payload passes', (_name, cls, payload) => {
    expect(validatePayload(cls, payload)).toMatchObject({ ok: true });
  });

  it.each(CASES)(
    '%s: only spaces, tabs or line breaks are refused naming the field',
    (_name, cls, payload, fields) => {
      for (const field of fields) {
        for (const blank of ['   ', '\t\n', '　']) {
          const result = validatePayload(cls, withText(payload, field, blank));
          expect({ field, blank, result }).toMatchObject({
            field,
            result: { ok: false, errors: expect.arrayContaining([expect.objectContaining({ field })]) },
          });
        }
      }
    },
  );
});

describe('texts a person writes carry no text-direction controls (decision 0339)', () => {
  it.each(CASES)(
    '%s: a right-to-left override or an isolate is refused naming the field',
    (_name, cls, payload, fields) => {
      // Reasons are trimmed stated reasons (`@IsReason`), checked elsewhere.
      for (const field of fields.filter((f) => !f.endsWith('reason'))) {
        for (const text of ['\u202e明王', '王\u2066明\u2069', '\u202a王明\u202c']) {
          const result = validatePayload(cls, withText(payload, field, text));
          expect({ field, text, result }).toMatchObject({
            field,
            result: {
              ok: false,
              errors: expect.arrayContaining([
                expect.objectContaining({ field, message: expect.stringContaining('text-direction') }),
              ]),
            },
          });
        }
      }
    },
  );

  it('a name of zero-width characters alone is blank (decision 0266)', () => {
    expect(
      validatePayload(RegisterPersonV1, { communityId: 'GZ01', name: '\u200b\u200b', phone: '13902251234' }),
    ).toMatchObject({ ok: false, errors: [expect.objectContaining({ field: 'name' })] });
  });
});
