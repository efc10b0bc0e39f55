/*
 * Valid bodies for the residents routes, one per body class: what a staff UI would send. Ids in
 * bodies differ from the path ids of the tests, so that a test can tell which one a command carries.
 */

export const PERSON_ID = '0190f1c2-0000-7000-8000-00000000a001';
export const UNIT_ID = '0190f1c2-0000-7000-8000-00000000a002';
export const OCCUPANCY_ID = '0190f1c2-0000-7000-8000-00000000a003';

export const communityCreation = () => ({
  id: 'GZ03',
  name: '锦绣花园三期',
  kind: 'residential',
  address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
});

export const buildingDetails = () => ({
  code: '3',
  name: '3栋',
  floorsAboveGround: 32,
  floorsBelowGround: 2,
});

export const unitDetails = () => ({
  number: '1201',
  floor: 12,
  type: 'residence',
  grossAreaCentiM2: 8950,
  handoverDate: '2026-06-30',
});

export const personRegistration = () => ({
  communityId: 'GZ01',
  name: '王建国',
  phone: '13812345678',
  idDocument: { type: 'resident-id-card', number: '440109199001011234' },
  preferences: { refuseReturnVisits: false, preferredChannel: 'phone' },
});

export const communityChanges = () => ({ name: '锦绣花园（一期）', reason: '小区更名' });
export const companySettings = () => ({
  name: '华润万象生活物业服务有限公司',
  decorationDepositRefundDays: 90,
  reason: '按营业执照登记',
});
export const buildingChanges = () => ({ name: '3号楼', reason: '按门牌统一楼栋名称' });
export const unitChanges = () => ({ handoverDate: '2025-06-30', reason: '按交付确认书补录交付日期' });
export const personChanges = () => ({ phone: '13900001111', reason: '业主更换手机号' });

export const revealReason = () => ({ reason: '业主来电，核实身份后回拨' });

export const contactPreferences = () => ({
  refuseReturnVisits: true,
  preferredChannel: 'sms',
  reason: '业主来电表示不希望电话回访，可发短信',
});

export const occupancyDetails = () => ({ personId: PERSON_ID, role: 'owner', startDate: '2026-07-01' });

export const occupancyEnd = () => ({ endDate: '2026-12-31', reason: '房屋出售' });

export const handoverInspection = () => ({
  ownerPersonId: PERSON_ID,
  inspectedAt: '2026-06-30T10:00:00+08:00',
  defects: [
    {
      location: '主卧窗台',
      description: '窗台渗水，墙面有水渍',
      trades: ['waterproofing'],
      severity: 'major',
    },
  ],
});

export const moveInDetails = () => ({ ownerPersonIds: [PERSON_ID], plannedDate: '2026-07-15' });

export const acknowledgements = () => ({ handbook: true, decorationRules: true });

export const keysHandedOver = () => ({
  keys: [
    { kind: 'door-key', count: 3 },
    { kind: 'access-card', count: 2 },
  ],
});

export const moveInCompletion = () => ({ movedInAt: '2026-07-15T15:00:00+08:00' });

export const moveOutDetails = () => ({
  occupancyIds: [OCCUPANCY_ID],
  moveOutDate: '2026-12-31',
  reason: '租约到期',
});

export const moveOutInspection = () => ({
  inspectedAt: '2026-12-31T10:00:00+08:00',
  damages: [{ description: '客厅墙面破损', amountFen: 50_000, chargeTo: 'deposit' }],
});

/** A day `n` days from now (decision 0344: a fit-out's schedule does not end before today). */
const inDays = (n: number): string => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export const decorationDocuments = () => ({
  scope: '厨卫改造、客厅吊顶',
  contractor: { name: '广州美家装饰工程有限公司', managerName: '陈志强', managerPhone: '13700001234' },
  schedule: { startDate: inDays(7), endDate: inDays(67) },
  workers: [{ name: '张国栋', phone: '13600002222', idNumber: '440101198505051234' }],
  drawings: [{ fileId: 'file-0001', title: '平面布置图' }],
  agreement: { fileId: 'file-0002', signedOn: '2026-07-25' },
});

export const decorationApplication = () => ({
  ...decorationDocuments(),
  unitId: UNIT_ID,
  applicantPersonId: PERSON_ID,
});

export const reviewDecision = () => ({ decision: 'reject', reasons: ['卫生间防水层做法不符合规范'] });

export const workerPasses = () => ({ validUntil: '2026-09-30' });

export const patrolFinding = () => ({
  foundAt: '2026-08-10T14:00:00+08:00',
  description: '公共走廊堆放建筑垃圾',
  violation: true,
  damage: { description: '电梯轿厢壁划伤', amountFen: 80_000 },
});

export const decorationInspection = () => ({
  inspectedAt: '2026-10-01T10:00:00+08:00',
  result: 'failed',
  itemsToFix: ['阳台地漏未恢复'],
  damages: [],
});

export const repairConfirmation = () => ({
  repairId: '0190f1c2-0000-7000-8000-00000000b001',
  inspectedAt: '2026-10-05T10:00:00+08:00',
  repaired: true,
  note: '楼道墙面已由业主自行修补，复查合格',
});

export const cancellation = () => ({ reason: '业主暂缓装修' });
export const tenantMoveInDetails = () => ({
  tenantPersonIds: [PERSON_ID],
  plannedDate: '2026-12-12',
  contractDepositFen: 600000,
});

export const fileAccessPurpose = () => ({ purpose: 'borrow', reason: '产权纠纷，需核对入住资料' });

export const fileAccessDecision = () => ({ decision: 'approve', comment: '同意借阅三天' });

export const calendarDays = () => ({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeUpWorkdays: ['2026-09-27', '2026-10-10'],
});
