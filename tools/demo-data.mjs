/*
 * Demo data for `npm start`, loaded through the public API as a client would. Every write is sent
 * with a fixed Idempotency-Key, so restarting loads nothing twice.
 *
 * The procedures' charges are billed by the billing service and paid here at finance, as the desk
 * would: by WeChat Pay or Alipay, each with a fixed transaction id.
 */
import { signStaffToken } from '@pcs/platform/staff-token';
import { DEVELOPMENT_JWT_SECRET } from '../services/gateway/dist/config/development-secret.js';

const COMPANY = 'HRX'; // 华瑞祥物业管理有限公司

/** China's official 2026 schedule (国务院办公厅, 2025-11-04). */
const CALENDAR_2026 = {
  holidays: [
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

const COMMUNITIES = [
  {
    id: 'GZ01',
    name: '锦绣花园',
    kind: 'residential',
    address: { province: '广东省', city: '广州市', district: '天河区', street: '天河路385号' },
    buildings: [
      {
        code: '1',
        name: '1栋',
        floorsAboveGround: 18,
        floorsBelowGround: 1,
        units: [
          ['S101', 1, 'shop', 12040],
          ['1201', 12, 'residence', 8950],
          ['1202', 12, 'residence', 11230],
          ['1501', 15, 'residence', 8950],
          ['1502', 15, 'residence', 11230],
        ],
      },
      {
        code: '2',
        name: '2栋',
        floorsAboveGround: 18,
        floorsBelowGround: 1,
        units: [
          ['0801', 8, 'residence', 9620],
          ['0802', 8, 'residence', 9620],
          ['1601', 16, 'residence', 13580],
        ],
      },
      {
        code: '3',
        name: '3栋',
        floorsAboveGround: 32,
        floorsBelowGround: 2,
        units: [
          ['1201', 12, 'residence', 8950],
          ['1202', 12, 'residence', 8950],
          ['2501', 25, 'apartment', 6480],
          ['B1-001', -1, 'parking', 1250],
          ['B1-002', -1, 'parking', 1250],
        ],
      },
    ],
  },
  {
    id: 'GZ02',
    name: '天河商务大厦',
    kind: 'office',
    address: { province: '广东省', city: '广州市', district: '天河区', street: '体育西路103号' },
    buildings: [
      {
        code: 'A',
        name: 'A座',
        floorsAboveGround: 38,
        floorsBelowGround: 3,
        units: [
          ['101', 1, 'shop', 18650],
          ['102', 1, 'shop', 9430],
          ['1201', 12, 'office', 32500],
          ['1202', 12, 'office', 28700],
          ['2801', 28, 'office', 15200],
        ],
      },
    ],
  },
];

const ID = (n) => ({ type: 'resident-id-card', number: n });
/** [key, community, name, phone, id document] */
const PEOPLE = [
  ['wjg', 'GZ01', '王建国', '13802251234', ID('440104197803152417')],
  ['zyt', 'GZ01', '郑雅婷', '18819876543', ID('440118198105234426')],
  ['cxh', 'GZ01', '陈晓红', '13926107788', ID('440105199011082321')],
  ['lzq', 'GZ01', '刘志强', '13711223344', ID('440106198507190918')],
  ['zlj', 'GZ01', '张丽娟', '15013579246', ID('440100199203264523')],
  ['hw', 'GZ01', '黄伟', '13560781234', ID('440118197912306612')],
  ['lml', 'GZ01', '林美玲', '18620301122', ID('440101198808081246')],
  ['zl', 'GZ01', '赵磊', '13902218866', ID('440100198401159834')],
  ['zm', 'GZ01', '周敏', '13824567890', ID('440108199506060027')],
  ['wht', 'GZ01', '吴海涛', '15920123456', ID('440103198612124411')],
  [
    'yfkj',
    'GZ02',
    '广州云帆科技有限公司',
    '020-38881234',
    { type: 'business-license', number: '91440101MA5CXX1234' },
  ],
  ['lm', 'GZ02', '李明', '13600112233', ID('440100197702283316')],
  [
    'thcy',
    'GZ02',
    '天河餐饮管理有限公司',
    '020-38776655',
    { type: 'business-license', number: '91440106MA9YYY5678' },
  ],
  ['hjh', 'GZ02', '何家豪', '13533445566', ID('440106196910105518')],
];
/**
 * [unit (community/building/number), person, role, start date, moved in (move-in completed), the
 * tenant pays the unit's fees (decision 0244)]
 */
const OCCUPANCIES = [
  ['GZ01/1/1201', 'wjg', 'owner', '2026-06-30', true],
  ['GZ01/1/1201', 'zyt', 'household-member', '2026-06-30', false],
  ['GZ01/1/1202', 'zlj', 'owner', '2026-06-30', true],
  ['GZ01/1/1501', 'lzq', 'owner', '2026-07-15', false],
  ['GZ01/1/S101', 'hw', 'owner', '2026-06-30', false],
  ['GZ01/2/0801', 'lml', 'owner', '2026-07-01', true],
  ['GZ01/2/0801', 'cxh', 'tenant', '2026-08-01', false],
  ['GZ01/2/1601', 'zl', 'owner', '2026-07-01', true],
  ['GZ01/3/1201', 'zm', 'tenant', '2026-09-01', false],
  ['GZ01/3/1201', 'hw', 'owner', '2026-06-30', true],
  ['GZ01/3/2501', 'wht', 'owner', '2026-08-20', false],
  ['GZ01/3/B1-001', 'wjg', 'owner', '2026-06-30', false],
  ['GZ02/A/1201', 'yfkj', 'tenant', '2026-03-01', false, true],
  ['GZ02/A/1201', 'hjh', 'owner', '2025-12-01', true],
  ['GZ02/A/1202', 'hjh', 'owner', '2025-12-01', true],
  ['GZ02/A/2801', 'lm', 'owner', '2026-05-10', true],
  ['GZ02/A/101', 'hjh', 'owner', '2025-12-01', true],
  ['GZ02/A/101', 'thcy', 'tenant', '2026-04-01', false],
];
/** BIL-1: the company's fee items, in effect from 2026: periodic, and metered (billed by readings). */
const FEE_ITEMS = [
  {
    code: 'property-management',
    name: '住宅物业管理费',
    basis: 'per-square-metre',
    rateFen: 250,
    unitTypes: ['residence', 'apartment'],
  },
  {
    code: 'commercial-management',
    name: '商业物业管理费',
    basis: 'per-square-metre',
    rateFen: 850,
    unitTypes: ['office', 'shop'],
  },
  { code: 'parking-management', name: '车位管理费', basis: 'fixed', rateFen: 15_000, unitTypes: ['parking'] },
  {
    code: 'rubbish',
    name: '生活垃圾处理费',
    basis: 'fixed',
    rateFen: 1_500,
    unitTypes: ['residence', 'apartment'],
  },
  { code: 'water', name: '水费', basis: 'metered', rateFen: 385, unitTypes: ['residence', 'apartment'] },
  { code: 'electricity', name: '电费', basis: 'metered', rateFen: 118, unitTypes: ['office', 'shop'] },
];
/** BIL-1: [unit, item, its reading when billing began (end of September), October's, November's] */
const METER_READINGS = [
  ['GZ01/1/1201', 'water', 312, 327, 341],
  ['GZ01/1/1202', 'water', 268, 289, 308],
  ['GZ01/1/1501', 'water', 87, 99, 112],
  ['GZ01/2/0801', 'water', 455, 471, 490],
  ['GZ01/2/1601', 'water', 120, 143, 162],
  ['GZ02/A/1201', 'electricity', 18_230, 21_415, 24_388],
  ['GZ02/A/101', 'electricity', 9_804, 11_262, 12_901],
];
/** BIL-2: the months billed; November is the current month, not yet paid by anyone. */
const BILLED_MONTHS = ['2026-09', '2026-10', '2026-11'];
/** Owners who paid September only: in arrears for October (BIL-4, BIL-11). */
const IN_ARREARS = ['GZ01/1/1501', 'GZ01/3/2501', 'GZ02/A/2801'];
/**
 * RES-3: the owners who moved in had their unit inspected with them first (decision 0368), on the day
 * they moved in, without defects, except these: their inspection, two days ago, is maintenance's
 * warranty demo (its defects become type-A requests), and the owner moves in just after it.
 */
const INSPECTED_BY_MAINTENANCE = ['GZ02/A/2801'];
/** [unit, applicant, scope, how far: draft | review | works] */
const DECORATIONS = [
  ['GZ01/1/1501', 'lzq', '全屋硬装：水电改造、厨卫防水、客厅吊顶', 'works'],
  ['GZ01/3/2501', 'wht', '卫生间翻新、阳台封窗', 'works'],
  ['GZ02/A/2801', 'lm', '办公室隔断与地毯铺设', 'review'],
  ['GZ01/2/1601', 'zl', '儿童房墙面重新粉刷', 'draft'],
];

const COMPLAINTS = [
  {
    communityId: 'GZ01',
    channel: 'call',
    customer: { surname: '王', phone: '13802251234' },
    location: '3栋1单元大堂',
    description: '大堂感应灯坏了三天，晚上进出很不方便',
    demand: '尽快修复',
    category: 'engineering-quality',
    intent: 'solve-problem',
    receivedAt: at(2, 9, 12),
  },
  {
    communityId: 'GZ01',
    channel: 'visit',
    customer: { surname: '陈', phone: '13926107788' },
    location: '3栋地下车库B区',
    description: '车位被外来车辆长期占用，保安没有处理',
    demand: '清理占用车辆并加强管理',
    category: 'parking',
    intent: 'expectation',
    receivedAt: at(1, 10, 40),
  },
  {
    communityId: 'GZ01',
    channel: 'owner-app',
    customer: { surname: '刘', phone: '13711223344' },
    location: '中心花园',
    description: '晚上十点后广场舞音乐太吵，影响休息',
    demand: '规定活动时间和音量',
    category: 'noise',
    intent: 'vent',
    receivedAt: at(1, 22, 15),
  },
  {
    communityId: 'GZ01',
    channel: 'call',
    customer: { anonymous: true },
    location: '2栋电梯',
    description: '电梯里有宠物粪便，一上午没人清理',
    demand: '及时清洁',
    category: 'cleaning',
    intent: 'solve-problem',
    receivedAt: at(0, 8, 5),
  },
  {
    communityId: 'GZ02',
    channel: 'letter',
    customer: { surname: '黄', phone: '020-38881234' },
    location: 'A座12楼',
    description: '加时空调费用计算有误，比上月多收了一倍',
    demand: '核对并退还多收费用',
    category: 'fees',
    intent: 'solve-problem',
    receivedAt: at(3, 14, 30),
  },
  {
    communityId: 'GZ02',
    kind: 'suggestion',
    channel: 'visit',
    customer: { surname: '林', phone: '13711112222' },
    location: 'A座一楼大堂',
    description: '建议在大堂增设快递柜，方便租户收取快递',
    demand: '考虑增设快递柜',
    category: 'other',
    receivedAt: at(0, 11, 20),
  },
];

/*
 * Several weeks of the register in every state (issue 8): generated, not listed, from fixed tables so
 * that every load is the same. Each entry is taken as far as its plan says, through the same routes
 * staff use; the ones left unacknowledged are escalated by the complaints scheduler on its first round.
 */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
];
const MATTERS = {
  GZ01: [
    ['cleaning', '5栋2单元楼道', '楼道垃圾两天没人清理，有异味', '安排保洁及时清理'],
    ['engineering-quality', '7栋1802', '卫生间天花板渗水，怀疑楼上防水层破损', '查明原因并维修'],
    ['security', '东门岗亭', '夜间外来人员随意进出，门岗未登记', '加强门岗管理'],
    ['landscaping', '中心花园', '草坪多处枯黄，树木长时间未修剪', '安排绿化养护'],
    ['parking', '地下车库C区', '固定车位被他人占用', '清理占位车辆'],
    ['noise', '3栋楼下', '商铺装修早上七点就开始电钻施工', '按规定时间施工'],
    ['service-attitude', '客服中心', '前台人员态度冷淡，问题没人跟进', '改进服务态度并答复'],
    ['fees', '1栋1101', '物业费账单金额与上月不一致', '核对账单'],
    ['neighbour', '6栋903', '楼上住户经常深夜拖动家具', '协调邻里'],
    ['public-utilities', '小区北侧道路', '市政路灯损坏一周无人维修', '协调市政部门维修'],
  ],
  GZ02: [
    ['engineering-quality', 'A座15楼', '中央空调出风口滴水', '尽快维修'],
    ['cleaning', 'B座一楼卫生间', '卫生间洗手液长期缺货', '及时补充'],
    ['security', 'A座地下停车场', '停车场出口道闸经常失灵', '维修道闸'],
    ['fees', 'A座2208', '停车月卡续费后系统未更新', '更新系统并说明'],
    ['other', 'B座电梯厅', '电梯广告屏音量太大', '调低音量'],
  ],
};
/** How far each generated entry is taken, in turn. */
const PLANS = [
  'closed',
  'registered',
  'resolved',
  'in-progress',
  'closed',
  'assigned',
  'negotiating',
  'closed',
  'reopened',
  'explained',
  'major',
  'paused',
  'merged',
  'resolved',
  'closed',
  'escalated',
];
const GENERATED = 48;

function generatedEntry(i) {
  const communityId = i % 4 === 3 ? 'GZ02' : 'GZ01';
  const matters = MATTERS[communityId];
  const [category, location, description, demand] = matters[i % matters.length];
  const daysAgo = 27 - Math.floor((i * 28) / GENERATED);
  const kind = i % 11 === 5 ? 'suggestion' : i % 13 === 7 ? 'praise' : i % 17 === 9 ? 'enquiry' : 'complaint';
  const channel = ['call', 'visit', 'owner-app', 'call', 'letter', 'patrol'][i % 6];
  const entry = {
    communityId,
    kind,
    channel,
    customer: {
      surname: SURNAMES[i % SURNAMES.length],
      phone: `139${String(20_260_000 + i * 7919).slice(-8)}`,
    },
    location,
    description:
      kind === 'praise'
        ? `${location}的维修师傅服务热情、处理及时`
        : kind === 'suggestion'
          ? `建议：${demand}`
          : description,
    demand: kind === 'praise' ? '表扬相关员工' : demand,
    category,
    ...(kind === 'complaint' ? { intent: ['solve-problem', 'vent', 'expectation'][i % 3] } : {}),
    ...(kind === 'enquiry' ? { answer: '已电话告知办理流程和所需材料' } : {}),
    receivedAt: at(daysAgo, 8 + (i % 10), (i * 7) % 60),
  };
  return { entry, plan: kind === 'complaint' ? PLANS[i % PLANS.length] : kind };
}

const HANDLERS = {
  cleaning: { staffId: 'staff-0401', name: '赵敏' },
  'engineering-quality': { staffId: 'staff-0300', name: '林海' },
  security: { staffId: 'staff-0500', name: '黄国栋' },
  landscaping: { staffId: 'staff-0402', name: '吴建华' },
  parking: { staffId: 'staff-0500', name: '黄国栋' },
  noise: { staffId: 'staff-0500', name: '黄国栋' },
  'service-attitude': { staffId: 'staff-0101', name: '陈静' },
  fees: { staffId: 'staff-0601', name: '郭晓燕' },
  neighbour: { staffId: 'staff-0101', name: '陈静' },
  'public-utilities': { staffId: 'staff-0201', name: '刘强' },
  other: { staffId: 'staff-0101', name: '陈静' },
};

/** Takes one generated entry through the actions its plan names. */
async function work(api, i, created, plan, previous) {
  const key = (step) => `gen-${String(i).padStart(3, '0')}-${step}`;
  const act = (action, body) =>
    api.send('POST', `/api/v1/complaints/${created.id}/${action}`, body, key(action));
  if (plan === 'registered' || plan === 'escalated' || plan === 'enquiry') {
    if (plan === 'escalated') await act('escalate', { reason: '涉及多个部门，超出客服权限' });
    return;
  }
  await act('assign', { handler: HANDLERS[created.category ?? 'other'] });
  if (plan === 'suggestion' || plan === 'praise') {
    await act('answer', {
      answer: plan === 'praise' ? '感谢您的表扬，已转达并在部门通报' : '感谢建议，已纳入下季度改进计划',
    });
    return;
  }
  if (plan === 'assigned') return;
  if (plan === 'merged') {
    if (previous) await act('merge', { intoId: previous, reason: '同一事项重复登记' });
    return;
  }
  // CMP-3: the promise keeps to a resolution deadline still ahead (decision 0294).
  const resolveDue = Date.parse(created.deadlines?.find((d) => d.kind === 'resolve')?.dueAt ?? '');
  const inTwoDays = Date.now() + 2 * 86_400_000;
  await act('acknowledge', {
    promisedAt: new Date(resolveDue > Date.now() ? Math.min(inTwoDays, resolveDue) : inTwoDays).toISOString(),
    note: '已告知业主处理时限',
  });
  if (plan === 'paused') {
    await act('pause', { reason: 'customer-away', note: '业主出差，下周回来后入户' });
    return;
  }
  if (plan === 'explained') {
    await act('explain', { explanation: '该问题属开发商保修范围，已向业主解释并提供开发商联系方式' });
    return;
  }
  if (plan === 'major') {
    await act('flag-major', { reasons: ['group-complaint'], note: '多户业主联名反映' });
    await act('meeting', {
      heldAt: new Date().toISOString(),
      attendees: ['周建国', '刘强', '林海'],
      minutes: '专题研究整改方案，工程部牵头一周内完成',
    });
  }
  await act('feedback', { feedback: '部门已现场查看，正在安排处理' });
  if (plan === 'in-progress') return;
  await act('resolve', { measures: '现场处理完毕并拍照留档', result: '问题已解决' });
  if (plan === 'resolved' || plan === 'major') return;
  if (plan === 'negotiating') {
    await act('disagree', { reason: '业主认为处理不彻底，要求重新处理' });
    return;
  }
  if (plan === 'reopened') {
    await act('return-visit', { method: 'phone', satisfaction: 'dissatisfied', comments: '问题又出现了' });
    return;
  }
  await act('return-visit', {
    method: i % 2 ? 'phone' : 'door',
    satisfaction: i % 3 ? 'satisfied' : 'very-satisfied',
    comments: '业主表示满意',
  });
  await act('close', { note: '回访满意，结案' });
}

function at(daysAgo, hour, minute) {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
  const instant = `${ymd}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
  // Before that hour of today in Beijing (a start at 02:00) it would be in the future, which the
  // register refuses: the same hour a day earlier is the latest such moment that has passed.
  return Date.parse(instant) > Date.now() ? at(daysAgo + 1, hour, minute) : instant;
}

/**
 * BIL-5: pays the bill billing issued for a procedure's charges (found by its description, once
 * billing has billed the request), naming the bill; the same key and body on a later start replay.
 */
async function payCharges(api, unitId, payerPersonId, description, key, method) {
  let bill;
  for (let i = 0; !bill && i < 200; i++) {
    const statement = await api
      .send('GET', `/api/v1/units/${unitId}/statement`, undefined, undefined, 'finance')
      .catch(() => ({ bills: [] }));
    bill = statement.bills.find((b) => b.description === description && b.payerPersonId === payerPersonId);
    if (!bill) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!bill) throw new Error(`billing did not bill ${description} for unit ${unitId}`);
  await api.send(
    'POST',
    `/api/v1/units/${unitId}/payments`,
    {
      payerPersonId,
      method,
      amountFen: bill.amountFen,
      externalTransactionId: `demo-${key.replaceAll('/', '-')}`,
      billIds: [bill.id],
    },
    `payment-${key}`,
    'finance',
  );
}

/** MNT-4: the company's paid-service price list (有偿服务价目表). */
const PRICE_LIST = [
  { code: 'faucet-replace', name: '更换水龙头', unit: '个', priceFen: 8_000 },
  { code: 'drain-unblock', name: '疏通下水道', unit: '次', priceFen: 12_000 },
  { code: 'socket-replace', name: '更换插座面板', unit: '个', priceFen: 3_500 },
  { code: 'call-out', name: '上门服务费', unit: '次', priceFen: 3_000 },
];

const TEAM = { teamId: '0193a000-0000-7000-8000-00000000a001', teamName: '工程维修一队' };
const TECHNICIAN = { staffId: 'staff-0601', name: '李建军' };

/**
 * MNT-7, MNT-13 (decision 0330): orders are dispatched only to a team of the company's directory, so
 * the demo's team is in it before any dispatch; a stack loaded before the directory existed gets it too.
 */
async function loadRepairTeams(api) {
  const teams = await api.send('GET', '/api/v1/repair-teams', undefined, undefined, 'dispatcher');
  if (teams.items.some((t) => t.id === TEAM.teamId)) return;
  await api.send(
    'POST',
    '/api/v1/repair-teams',
    { id: TEAM.teamId, name: TEAM.teamName },
    `repair-team-${TEAM.teamId}`,
    'chiefEngineer',
  );
}

/**
 * [unit or location, trades, what, survey: [estimate fen, party, component] or null, how far the work
 * order goes]: one repair request for every stage and one work order for every status (MNT-1 … MNT-9).
 */
const REPAIRS = [
  ['GZ01/1/1201', ['plumbing'], '厨房水槽下水管漏水，柜子里都是水', null, 'accepted'],
  ['2栋地下车库B区', ['electrical'], '车库B区一排灯管不亮', [12_000, 'company', 'electrical'], 'surveyed'],
  ['GZ01/1/1202', ['carpentry'], '主卧门关不上，门框变形', null, 'cancelled'],
  [
    'GZ01/1/1501',
    ['plumbing'],
    '卫生间水龙头滴水不止',
    [11_000, 'resident', 'plumbing'],
    'awaiting-approval',
  ],
  ['1栋大堂', ['civil'], '大堂地砖开裂翘起，有绊倒风险', [180_000, 'company', 'fit-out'], 'approved'],
  ['GZ01/1/1502', ['electrical'], '客厅插座没电', [6_500, 'resident', 'electrical'], 'dispatched'],
  [
    '2栋天台',
    ['waterproofing'],
    '天台防水层起鼓，顶楼漏水',
    [86_000, 'company', 'roof-waterproofing'],
    'in-progress',
  ],
  ['GZ01/1/S101', ['plumbing'], '商铺后厨下水道堵塞', [15_000, 'resident', 'plumbing'], 'awaiting-check'],
  ['1栋3号电梯', ['lift'], '电梯运行有异响', [45_000, 'company', 'fit-out'], 'checked'],
  ['GZ01/1/1201', ['plumbing'], '阳台地漏反水', [20_000, 'resident', 'plumbing'], 'completed'],
  [
    '1栋消防通道',
    ['civil'],
    '消防通道墙面渗水发霉',
    [30_000, 'company', 'external-wall'],
    'settlement-submitted',
  ],
  ['1栋楼梯间', ['electrical'], '楼梯间声控灯全部不亮', [8_000, 'company', 'electrical'], 'settled'],
  ['1栋2楼走廊', ['civil'], '走廊天花板脱落一块', [25_000, 'company', 'fit-out'], 'cancelled-order'],
];

const ORDER_STEPS = [
  'awaiting-approval',
  'approved',
  'dispatched',
  'in-progress',
  'awaiting-check',
  'checked',
  'completed',
  'settlement-submitted',
  'settled',
];

/** MNT-1 … MNT-9, RES-3: requests from the desk, a patrol and a handover; work orders in every state. */
async function loadMaintenance(api, units, people, awaitingHandover) {
  for (const price of PRICE_LIST) {
    await api.send('POST', '/api/v1/paid-service-prices', price, `price-${price.code}`);
  }
  // RES-3: two defects of a handover inspection become two type-A requests in maintenance.
  await api.send(
    'POST',
    `/api/v1/units/${units.get('GZ02/A/2801')}/handover-inspections`,
    {
      ownerPersonId: people.get('lm'),
      inspectedAt: at(2, 10, 0),
      defects: [
        {
          location: '卫生间',
          description: '地面闭水试验渗漏到楼下',
          trades: ['waterproofing'],
          severity: 'major',
        },
        {
          location: '南向窗',
          description: '窗框与墙体间有缝隙，下雨渗水',
          trades: ['civil'],
          severity: 'minor',
        },
      ],
    },
    'handover-GZ02-A-2801',
  );
  // RES-4 (decision 0368): 李明's move-in, every other step done, completes once the unit is inspected.
  const moveIn = awaitingHandover.get('GZ02/A/2801');
  if (moveIn)
    await api.send(
      'POST',
      `/api/v1/move-ins/${moveIn}/complete`,
      { movedInAt: at(2, 11, 0) },
      'move-in-complete-GZ02/A/2801',
    );
  // MNT-9: the two warranty defects as type-A orders, one reviewed, one confirmed by the contractor.
  let defects = [];
  for (let i = 0; i < 100 && defects.length < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const page = await api.send('GET', '/api/v1/repair-requests?communityId=GZ02&limit=50');
    defects = page.items.filter((r) => r.source === 'handover');
  }
  for (const [i, defect] of defects.entries()) {
    const key = `defect-${i + 1}`;
    await api.send(
      'POST',
      `/api/v1/repair-requests/${defect.id}/survey`,
      {
        surveyedAt: new Date(Date.now() - 60_000).toISOString(),
        participants: [
          { role: 'customer-service', name: '李娜' },
          { role: 'engineering', name: '林海' },
          { role: 'repair-lead', name: '赵刚' },
          { role: 'contractor', name: '广州建工集团 钱伟' },
        ],
        findings: `验房缺陷复查：${defect.description}`,
        estimateFen: 60_000,
        component: defect.trades.includes('waterproofing') ? 'wet-room-waterproofing' : 'external-wall',
        responsibleParty: 'contractor',
        contractorId: '0193a000-0000-7000-8000-0000000000cc',
        contractorName: '广州建工集团有限公司',
      },
      `${key}-survey`,
      'engineer',
    );
    const order = await api.send(
      'POST',
      '/api/v1/work-orders',
      { repairRequestId: defect.id, description: `保修维修：${defect.description}`.slice(0, 200) },
      `${key}-order`,
      'dispatcher',
    );
    const step = (action, body, role) =>
      api.send(
        'POST',
        `/api/v1/work-orders/${order.id}/${action}`,
        body,
        `${key}-${action.replaceAll('/', '-')}`,
        role,
      );
    await step('approve', { note: '保修范围内，同意' }, 'manager');
    await step('dispatch', { executor: 'contractor', contractorName: '广州建工集团有限公司' }, 'dispatcher');
    await step('arrival', { arrivedAt: new Date().toISOString() }, 'repairLead');
    await step('work', { workDone: '承建商按保修责任完成返修' }, 'repairLead');
    await step('finish', {}, 'repairLead');
    await step('check', { passed: true, inspectors: ['李娜', '赵刚'] }, 'manager');
    await step('sign-off', { customerName: '李明', satisfaction: 'satisfied' }, 'manager');
    await step('settlement', { finalAccountFen: 58_000 }, 'repairLead');
    await step('settlement/review', { settledFen: 58_000 }, 'manager');
    if (i === 1) await step('settlement/confirm', { contractorSignatory: '钱伟' }, 'engineer');
  }
  // MNT-1: an emergency, due on site in 30 minutes.
  await api.send(
    'POST',
    '/api/v1/repair-requests',
    {
      communityId: 'GZ01',
      source: 'desk',
      unitId: units.get('GZ01/1/1502'),
      trades: ['plumbing'],
      urgency: 'emergency',
      emergencyKind: 'water',
      description: '楼上漏水，客厅天花板滴水，请马上来人',
      contactSurname: '张',
      contactPhone: '15013579246',
    },
    'repair-emergency-1',
  );
  const surveyedAt = new Date(Date.now() - 60_000).toISOString();
  for (const [i, [where, trades, description, survey, howFar]] of REPAIRS.entries()) {
    const key = `repair-${String(i + 1).padStart(2, '0')}`;
    const unitId = units.get(where);
    const request = await api.send(
      'POST',
      '/api/v1/repair-requests',
      {
        communityId: 'GZ01',
        source: unitId ? 'desk' : 'patrol',
        ...(unitId ? { unitId } : { location: where }),
        trades,
        urgency: 'normal',
        description,
        ...(unitId ? { contactSurname: '王', contactPhone: '13802251234' } : {}),
      },
      key,
    );
    if (howFar === 'cancelled') {
      await api.send(
        'POST',
        `/api/v1/repair-requests/${request.id}/cancel`,
        { reason: '住户已自行修好' },
        `${key}-cancel`,
      );
      continue;
    }
    if (!survey) continue;
    const [estimateFen, responsibleParty, component] = survey;
    await api.send(
      'POST',
      `/api/v1/repair-requests/${request.id}/survey`,
      {
        surveyedAt,
        participants: [
          { role: 'customer-service', name: '李娜' },
          { role: 'engineering', name: '林海' },
          { role: 'repair-lead', name: '赵刚' },
          ...(estimateFen >= 50_000 ? [{ role: 'contractor', name: '广州建工集团 钱伟' }] : []),
        ],
        findings: `现场查看：${description}`,
        estimateFen,
        component,
        responsibleParty,
        ...(unitId ? {} : { warrantyDecision: { underWarranty: false, reason: '公共区域，按公司承担处理' } }),
      },
      `${key}-survey`,
      'engineer',
    );
    if (howFar === 'surveyed') continue;
    const order = await api.send(
      'POST',
      '/api/v1/work-orders',
      {
        repairRequestId: request.id,
        description: `维修：${description}`.slice(0, 200),
        ...(responsibleParty === 'resident'
          ? {
              paidServices: [
                { code: trades[0] === 'electrical' ? 'socket-replace' : 'faucet-replace', quantity: 1 },
                { code: 'call-out', quantity: 1 },
              ],
            }
          : {}),
      },
      `${key}-order`,
      'dispatcher',
    );
    const step = (action, body, role) =>
      api.send(
        'POST',
        `/api/v1/work-orders/${order.id}/${action}`,
        body,
        `${key}-${action.replaceAll('/', '-')}`,
        role,
      );
    if (howFar === 'cancelled-order') {
      await step('cancel', { reason: '业主委员会决定统一翻新，暂缓维修' }, 'dispatcher');
      continue;
    }
    const reach = ORDER_STEPS.indexOf(howFar);
    const reached = (status) => reach >= ORDER_STEPS.indexOf(status);
    if (!reached('approved')) continue;
    // MNT-6: the chain the estimate needs, each step by its own role.
    if (estimateFen <= 100_000) await step('approve', { note: '同意维修' }, 'manager');
    else if (estimateFen <= 1_000_000) {
      await api.send(
        'POST',
        `/api/v1/work-orders/${order.id}/approve`,
        { note: '审核通过' },
        `${key}-review`,
        'chiefEngineer',
      );
      await step('approve', { note: '同意' }, 'deputyGm');
    } else await step('approve', { note: '同意' }, 'gm');
    if (!reached('dispatched')) continue;
    await step('dispatch', { executor: 'team', ...TEAM, technician: TECHNICIAN }, 'dispatcher');
    if (!reached('in-progress')) continue;
    await step('arrival', { arrivedAt: new Date().toISOString() }, 'technician');
    await step(
      'work',
      { workDone: '已按勘察方案完成维修', photos: [`demo/photos/${key}-after.jpg`] },
      'technician',
    );
    if (!reached('awaiting-check')) continue;
    await step('finish', {}, 'technician');
    if (!reached('checked')) continue;
    await step('check', { passed: true, inspectors: ['李娜', '赵刚'] }, 'manager');
    if (!reached('completed')) continue;
    await step(
      'sign-off',
      { customerName: '王先生', satisfaction: 'satisfied', opinion: '维修及时' },
      'manager',
    );
    if (!reached('settlement-submitted')) continue;
    await step('settlement', { finalAccountFen: estimateFen }, 'repairLead');
    if (!reached('settled')) continue;
    await step('settlement/review', { settledFen: estimateFen }, 'manager');
  }
}

/*
 * CMP-11, CMP-15 (issue 9): three cleaning complaints about GZ01 2栋 in a week leave an open early
 * warning; a water cut in GZ01 1栋 is an active incident with its calls attached; a lift failure in
 * GZ02 A座 was an incident, closed, its complaint resolved with it.
 */
const WARNING_CALLS = [
  ['GZ01/2/0801', '赵', '13600001111', '2栋电梯厅垃圾桶满溢，异味很重', 4],
  ['GZ01/2/0802', '孙', '13600002222', '2栋楼道垃圾两天没人收', 3],
  ['GZ01/2/1601', '钱', '13600003333', '2栋16楼垃圾房污水外流', 2],
];
const WATER_CALLS = [
  ['GZ01/1/1201', '马', '13500001201', '家里突然没水了，也没有通知'],
  ['GZ01/1/1502', '冯', '13500001502', '1栋停水什么时候恢复？'],
];

/**
 * CMP-12 (issue 9): two closed complaints of GZ01 marked as typical cases for training, and GZ01
 * subscribed to the weekly report (XLSX) and the quarterly roll-up (CSV), so that the weekly report,
 * its downloads and the subscriptions show something. The register's return visits and resolutions
 * are recorded at load time, so this week's report has them.
 */
async function loadReports(api) {
  const closed = await api.send('GET', '/api/v1/complaints?communityId=GZ01&status=closed&limit=2');
  const reasons = [
    '回访满意且处理及时，适合新员工学习标准流程',
    '业主情绪激动，客服先安抚再协调部门，值得借鉴',
  ];
  for (const [i, complaint] of closed.items.entries()) {
    await api.send(
      'PUT',
      `/api/v1/complaints/${complaint.id}/typical-case`,
      { marked: true, reason: reasons[i] },
      `typical-case-${i + 1}`,
    );
  }
  for (const [schedule, format] of [
    ['weekly', 'xlsx'],
    ['quarterly', 'csv'],
  ]) {
    await api.send(
      'POST',
      '/api/v1/reports/subscriptions',
      { communityId: 'GZ01', kind: 'complaints', schedule, format },
      `report-subscription-GZ01-${schedule}`,
    );
  }
}

async function loadIncidents(api, units, buildings) {
  const call = (key, unit, surname, phone, description, category, receivedAt) =>
    api.send(
      'POST',
      '/api/v1/complaints',
      {
        communityId: unit.split('/')[0],
        channel: 'call',
        customer: { surname, phone },
        unitId: units.get(unit),
        description,
        demand: '尽快处理',
        category,
        intent: 'solve-problem',
        receivedAt,
      },
      key,
    );
  for (const [i, [unit, surname, phone, description, daysAgo]] of WARNING_CALLS.entries()) {
    await call(`warning-call-${i}`, unit, surname, phone, description, 'cleaning', at(daysAgo, 10, 15));
  }
  const water = [];
  for (const [i, [unit, surname, phone, description]] of WATER_CALLS.entries()) {
    water.push(
      await call(`water-call-${i}`, unit, surname, phone, description, 'public-utilities', at(1, 9, 20 + i)),
    );
  }
  await api.send(
    'POST',
    '/api/v1/incidents',
    {
      communityId: 'GZ01',
      cause: 'water-cut',
      buildingIds: [buildings.get('GZ01/1')],
      title: '1栋二次供水水泵故障停水',
      description: '1栋二次供水水泵电机烧毁，工程部正在更换',
      notice: '尊敬的1栋业主：因二次供水水泵故障，1栋暂停供水，预计今晚20时前恢复，给您带来不便敬请谅解。',
      complaintIds: water.map((c) => c.id),
    },
    'incident-water-gz01',
  );
  const lift = await call(
    'lift-call',
    'GZ02/A/1201',
    '杨',
    '13900001201',
    'A座3号电梯困人，被困约十分钟',
    'engineering-quality',
    at(3, 15, 40),
  );
  const liftIncident = await api.send(
    'POST',
    '/api/v1/incidents',
    {
      communityId: 'GZ02',
      cause: 'lift-failure',
      buildingIds: [buildings.get('GZ02/A')],
      title: 'A座3号电梯故障停运',
      description: 'A座3号电梯曳引机故障，维保单位抢修',
      notice: 'A座各租户：3号电梯故障停运检修，请使用1、2号电梯。',
      complaintIds: [lift.id],
    },
    'incident-lift-gz02',
  );
  await api.send(
    'POST',
    `/api/v1/incidents/${liftIncident.id}/close`,
    { measures: '维保单位更换曳引机编码器并完成安全测试', result: '3号电梯已恢复运行，经质监站复检合格' },
    'incident-lift-gz02-close',
  );
}

/*
 * SAT-1 … SAT-4 (issue 9): GZ02 has 4 of its 5 premises occupied, so complaints planned its first
 * survey by itself; GZ01 (5 of 11 homes occupied) gets a yearly survey on a 25 % sample. Answers in
 * both give scores, a register entry raised in a survey and a very dissatisfied household for the
 * manager to revisit.
 */
const SURVEY_ANSWERS = [
  [
    ['customer-service', 'satisfied'],
    ['repairs', 'very-dissatisfied'],
    ['cleaning', 'neutral'],
  ],
  [
    ['customer-service', 'very-satisfied'],
    ['repairs', 'satisfied'],
    ['cleaning', 'satisfied'],
  ],
  [
    ['customer-service', 'satisfied'],
    ['repairs', 'dissatisfied'],
    ['security', 'satisfied'],
  ],
  [
    ['customer-service', 'very-satisfied'],
    ['security', 'very-satisfied'],
    ['fees', 'neutral'],
  ],
];

/** Complaints learns occupancy from residents' events: the replica may be a moment behind the move-ins. */
async function whenReady(attempt) {
  for (let i = 0; ; i++) {
    try {
      const result = await attempt();
      if (result !== undefined) return result;
    } catch (error) {
      if (i >= 30 || !String(error.message).includes('BUSINESS_RULE_VIOLATED')) throw error;
    }
    if (i >= 30) throw new Error('complaints did not learn the occupied households in time');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Waits until maintenance has heard of a community: its repair list answers instead of 404 (0210). */
async function whenKnownToMaintenance(api, communityId) {
  for (let i = 0; ; i++) {
    try {
      return await api.send('GET', `/api/v1/repair-requests?communityId=${communityId}&limit=1`);
    } catch (error) {
      if (i >= 60 || !String(error.message).includes('404')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Waits until complaints has heard of a community: its queue counts answer instead of 404. */
async function whenKnownToComplaints(api, communityId) {
  for (let i = 0; ; i++) {
    try {
      return await api.send('GET', `/api/v1/complaints/counts?communityId=${communityId}`);
    } catch (error) {
      if (i >= 60 || !String(error.message).includes('404')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function loadSurveys(api) {
  const yearly = await whenReady(() =>
    api.send(
      'POST',
      '/api/v1/surveys',
      { communityId: 'GZ01', year: 2026, samplePercent: 25, seed: 'demo-gz01-2026' },
      'survey-gz01-2026',
    ),
  );
  const first = await whenReady(async () => {
    const page = await api.send('GET', '/api/v1/surveys?communityId=GZ02&kind=first');
    return page.items[0];
  });
  const answer = (survey, household, i, extra = {}) =>
    api.send(
      'POST',
      `/api/v1/surveys/${survey.id}/responses`,
      {
        unitId: household.unitId,
        scores: SURVEY_ANSWERS[i % SURVEY_ANSWERS.length].map(([category, satisfaction]) => ({
          category,
          satisfaction,
        })),
        ...extra,
      },
      `survey-answer-${survey.id}-${household.unitId}`,
    );
  for (const [i, household] of yearly.households.entries()) {
    await answer(
      yearly,
      household,
      i,
      i === 0
        ? {
            items: [
              { kind: 'request', text: '厨房下水管渗水报修两次仍未修好', category: 'engineering-quality' },
              { kind: 'opinion', text: '建议小区增设快递柜' },
            ],
            respondent: { surname: '王', phone: '13802251234' },
            comment: '维修响应太慢',
          }
        : {},
    );
  }
  for (const [i, household] of first.households.slice(0, 3).entries()) {
    await answer(first, household, i + 1);
  }
}

class DemoLoader {
  constructor(baseUrl, tokens) {
    this.baseUrl = baseUrl;
    this.tokens = tokens;
  }

  async send(method, path, body, key, role = 'manager') {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.tokens[role]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(key ? { 'idempotency-key': `demo-${key}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await res.json().catch(() => undefined);
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
}

export async function loadDemoData(baseUrl) {
  const secret = process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET;
  const staff = (roles, sub, name) =>
    signStaffToken({ sub, name, company: COMPANY, roles, communities: ['*'] }, secret);
  const api = new DemoLoader(baseUrl, {
    manager: await staff(['cs-manager', 'front-desk'], 'staff-0001', '李娜'),
    engineer: await staff(['engineer'], 'staff-0300', '林海'),
    security: await staff(['security'], 'staff-0500', '黄国栋'),
    finance: await staff(['finance'], 'staff-0700', '周敏'),
    dispatcher: await staff(['dispatcher'], 'staff-0400', '周强'),
    technician: await staff(['technician'], TECHNICIAN.staffId, TECHNICIAN.name),
    repairLead: await staff(['repair-lead'], 'staff-0602', '赵刚'),
    chiefEngineer: await staff(['chief-engineer'], 'staff-0301', '吴志刚'),
    deputyGm: await staff(['deputy-gm'], 'staff-0002', '郑海'),
    gm: await staff(['gm'], 'staff-0003', '王振华'),
  });
  await api.send('PUT', '/api/v1/calendar/2026', CALENDAR_2026, 'calendar-2026');
  const units = new Map();
  const buildings = new Map();
  for (const { buildings: buildingRows, ...community } of COMMUNITIES) {
    await api.send('POST', '/api/v1/communities', community, `community-${community.id}`);
    for (const { units: unitRows, ...building } of buildingRows) {
      const b = await api.send(
        'POST',
        `/api/v1/communities/${community.id}/buildings`,
        building,
        `building-${community.id}-${building.code}`,
      );
      buildings.set(`${community.id}/${building.code}`, b.id);
      for (const [number, floor, type, grossAreaCentiM2] of unitRows) {
        const u = await api.send(
          'POST',
          `/api/v1/buildings/${b.id}/units`,
          { number, floor, type, grossAreaCentiM2, handoverDate: '2025-12-01' },
          `unit-${community.id}-${building.code}-${number}`,
        );
        units.set(`${community.id}/${building.code}/${number}`, u.id);
      }
    }
  }
  // Complaints takes entries only in communities residents announced (decision 0194).
  for (const { id } of COMMUNITIES) await whenKnownToComplaints(api, id);
  // Maintenance takes repair requests only there too (decision 0210).
  for (const { id } of COMMUNITIES) await whenKnownToMaintenance(api, id);
  const people = new Map();
  for (const [key, communityId, name, phone, idDocument] of PEOPLE) {
    const p = await api.send(
      'POST',
      '/api/v1/people',
      { communityId, name, phone, idDocument },
      `person-${key}`,
    );
    people.set(key, p.id);
  }
  /** The owners' move-ins that complete after their unit's inspection in maintenance's demo, by unit. */
  const awaitingHandover = new Map();
  for (const [unit, person, role, startDate, movedIn, paysFees] of OCCUPANCIES) {
    await api.send(
      'POST',
      `/api/v1/units/${units.get(unit)}/occupancies`,
      { personId: people.get(person), role, startDate, ...(paysFees ? { paysFees } : {}) },
      `occupancy-${unit}-${person}`,
    );
    if (!movedIn) continue;
    const inspectedLater = INSPECTED_BY_MAINTENANCE.includes(unit);
    // RES-3 (decision 0368): the unit is inspected with its owner before the move-in completes.
    if (!inspectedLater)
      await api.send(
        'POST',
        `/api/v1/units/${units.get(unit)}/handover-inspections`,
        { ownerPersonId: people.get(person), inspectedAt: `${startDate}T09:00:00+08:00`, defects: [] },
        `handover-${unit.replaceAll('/', '-')}`,
      );
    const m = await api.send(
      'POST',
      `/api/v1/units/${units.get(unit)}/move-ins`,
      { ownerPersonIds: [people.get(person)], plannedDate: startDate },
      `move-in-${unit}`,
    );
    await api.send(
      'POST',
      `/api/v1/move-ins/${m.id}/acknowledgements`,
      { handbook: true, decorationRules: true },
      `move-in-ack-${unit}`,
    );
    await api.send(
      'POST',
      `/api/v1/move-ins/${m.id}/keys`,
      {
        keys: [
          { kind: 'door-key', count: 3 },
          { kind: 'access-card', count: 2 },
        ],
      },
      `move-in-keys-${unit}`,
    );
    await payCharges(api, units.get(unit), people.get(person), '入住费用', `move-in-${unit}`, 'wechat-pay');
    if (inspectedLater) {
      awaitingHandover.set(unit, m.id);
      continue;
    }
    await api.send(
      'POST',
      `/api/v1/move-ins/${m.id}/complete`,
      { movedInAt: `${startDate}T10:00:00+08:00` },
      `move-in-complete-${unit}`,
    );
  }
  for (const [unit, applicant, scope, howFar] of DECORATIONS) {
    const d = await api.send(
      'POST',
      '/api/v1/decorations',
      {
        unitId: units.get(unit),
        applicantPersonId: people.get(applicant),
        scope,
        contractor: {
          name: '广州美家装饰工程有限公司',
          licenseNumber: '91440106MA5AAA0001',
          managerName: '刘强',
          managerPhone: '13711112222',
        },
        schedule: { startDate: at(10, 0, 0).slice(0, 10), endDate: at(-50, 0, 0).slice(0, 10) },
        workers: [
          { name: '张志明', phone: '13600001111', idNumber: '440105198001011234' },
          { name: '李德华', phone: '13600002222', idNumber: '440118198202022345' },
        ],
        drawings: [{ fileId: `demo/drawings/${unit.replaceAll('/', '-')}.pdf`, title: '装修施工图' }],
        agreement: { fileId: `demo/agreements/${unit.replaceAll('/', '-')}.pdf`, signedOn: '2026-11-16' },
      },
      `decoration-${unit}`,
    );
    if (howFar === 'draft') continue;
    const submitted = await api.send(
      'POST',
      `/api/v1/decorations/${d.id}/submit`,
      undefined,
      `decoration-submit-${unit}`,
    );
    if (submitted.status === 'awaiting-payment')
      await payCharges(
        api,
        units.get(unit),
        people.get(applicant),
        '装修押金及垃圾清运费',
        `decoration-${unit}`,
        'alipay',
      );
    let current = submitted;
    for (let i = 0; current.status === 'awaiting-payment' && i < 100; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await api.send('GET', `/api/v1/decorations/${d.id}`);
    }
    if (howFar === 'review') continue;
    await api.send(
      'POST',
      `/api/v1/decorations/${d.id}/review`,
      { decision: 'approve' },
      `decoration-review-${unit}`,
      'engineer',
    );
    await api.send(
      'POST',
      `/api/v1/decorations/${d.id}/issue-passes`,
      { validUntil: at(-50, 0, 0).slice(0, 10) },
      `decoration-passes-${unit}`,
      'security',
    );
  }
  // BIL-1, BIL-2: fee items, three months billed, paid by most owners (by the month's bills, named).
  for (const item of FEE_ITEMS)
    await api.send(
      'POST',
      '/api/v1/fee-items',
      { ...item, effectiveFrom: '2026-01-01' },
      `fee-item-${item.code}`,
      'finance',
    );
  for (const month of BILLED_MONTHS)
    for (const { id } of COMMUNITIES)
      await api.send(
        'POST',
        '/api/v1/billing-runs',
        { communityId: id, period: month },
        `billing-run-${id}-${month}`,
        'finance',
      );
  // The engineering department's meter rounds of October and November (the first from September's).
  for (const [unit, itemCode, start, october, november] of METER_READINGS)
    for (const [period, reading, previous] of [
      ['2026-10', october, start],
      ['2026-11', november, undefined],
    ])
      await api.send(
        'POST',
        '/api/v1/meter-readings',
        {
          communityId: unit.split('/')[0],
          unitId: units.get(unit),
          itemCode,
          period,
          reading,
          ...(previous === undefined ? {} : { previousReading: previous }),
        },
        `meter-reading-${unit.replaceAll('/', '-')}-${itemCode}-${period}`,
        'engineer',
      );
  for (const [unit, person, role, , , paysFees] of OCCUPANCIES) {
    if (role !== 'owner' && !paysFees) continue;
    const paidMonths = IN_ARREARS.includes(unit) ? ['2026-09'] : ['2026-09', '2026-10'];
    const statement = await api.send(
      'GET',
      `/api/v1/units/${units.get(unit)}/statement?payerPersonId=${people.get(person)}`,
      undefined,
      undefined,
      'finance',
    );
    const bills = statement.bills.filter(
      (b) =>
        ['periodic', 'metered'].includes(b.source) &&
        b.payerPersonId &&
        paidMonths.some((m) => b.description.startsWith(m)),
    );
    if (bills.length === 0) continue;
    await api.send(
      'POST',
      `/api/v1/units/${units.get(unit)}/payments`,
      {
        payerPersonId: people.get(person),
        method: bills.length > 1 ? 'bank-transfer' : 'wechat-pay',
        amountFen: bills.reduce((sum, b) => sum + b.amountFen, 0),
        externalTransactionId: `demo-fees-${unit.replaceAll('/', '-')}`,
        billIds: bills.map((b) => b.id),
      },
      `fees-${unit}`,
      'finance',
    );
  }
  // The register's demo entries are dated relative to the first load: a later start keeps them.
  const existing = await api.send('GET', '/api/v1/complaints?limit=1');
  if (existing.items.length === 0) {
    for (const [i, complaint] of COMPLAINTS.entries()) {
      await api.send('POST', '/api/v1/complaints', complaint, `complaint-${String(i + 1).padStart(3, '0')}`);
    }
    const STILL_OPEN = [
      'registered',
      'assigned',
      'in-progress',
      'paused',
      'escalated',
      'negotiating',
      'reopened',
    ];
    const openByCommunity = new Map(); // a duplicate merges into an open entry of its own community
    for (let i = 0; i < GENERATED; i++) {
      const { entry, plan } = generatedEntry(i);
      const created = await api.send(
        'POST',
        '/api/v1/complaints',
        entry,
        `gen-${String(i).padStart(3, '0')}`,
      );
      await work(api, i, created, plan, openByCommunity.get(entry.communityId));
      if (STILL_OPEN.includes(plan)) openByCommunity.set(entry.communityId, created.id);
    }
  }
  const incidents = await api.send('GET', '/api/v1/incidents?limit=1');
  if (incidents.items.length === 0) await loadIncidents(api, units, buildings);
  const subscriptions = await api.send('GET', '/api/v1/reports/subscriptions?communityId=GZ01');
  if (subscriptions.items.length === 0) await loadReports(api);
  await loadRepairTeams(api);
  const repairs = await api.send('GET', '/api/v1/repair-requests?limit=1');
  if (repairs.items.length === 0) await loadMaintenance(api, units, people, awaitingHandover);
  const surveys = await api.send('GET', '/api/v1/surveys?kind=yearly&limit=1');
  if (surveys.items.length === 0) await loadSurveys(api);
  process.stdout.write(
    `\x1b[1m[start]\x1b[0m demo data: company ${COMPANY}; GZ01 锦绣花园 and GZ02 天河商务大厦 with ${units.size} units, ` +
      `${people.size} people, ${DECORATIONS.length} decorations, ${COMPLAINTS.length + GENERATED} register entries, ` +
      `${REPAIRS.length + 3} repair requests, two satisfaction surveys with answers, ` +
      `${FEE_ITEMS.length} fee items billed for ${BILLED_MONTHS.join(', ')}, ${METER_READINGS.length} meters read for 2026-10 and 2026-11, the 2026 calendar\n`,
  );
}
