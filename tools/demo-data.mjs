/*
 * Demo data for `npm start`, loaded through the public API like any client would. Every record is
 * sent with a fixed Idempotency-Key, so restarting loads nothing twice.
 */
import { signStaffToken } from '@pcs/platform/staff-token';
import { DEVELOPMENT_JWT_SECRET } from '../services/gateway/dist/config/development-secret.js';

const DEMO_COMPANY = 'HRX'; // 华瑞祥物业管理有限公司

function at(daysAgo, hour, minute) {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
  return `${ymd}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`;
}

const complaints = [
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
    location: '5栋地下车库B区',
    description: '车位被外来车辆长期占用，保安没有处理',
    demand: '清理占用车辆并加强管理',
    category: 'parking',
    intent: 'expectation',
    receivedAt: at(1, 10, 40),
  },
  {
    communityId: 'GZ01',
    channel: 'owner-app',
    customer: { surname: '刘', phone: '15013579246' },
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
    location: '7栋电梯',
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
    location: '天河商务大厦12楼',
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
    location: '大厦一楼大堂',
    description: '建议在大堂增设快递柜，方便租户收取快递',
    demand: '考虑增设快递柜',
    category: 'other',
    receivedAt: at(0, 11, 20),
  },
];

export async function loadDemoData(baseUrl) {
  const token = await signStaffToken(
    { sub: 'staff-0001', name: '李娜', company: DEMO_COMPANY, roles: ['cs-manager'], communities: ['*'] },
    process.env.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
  );
  let loaded = 0;
  for (const [i, complaint] of complaints.entries()) {
    const res = await fetch(`${baseUrl}/api/v1/complaints`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'idempotency-key': `demo-complaint-${String(i + 1).padStart(3, '0')}`,
      },
      body: JSON.stringify(complaint),
    });
    if (!res.ok) throw new Error(`complaint ${i + 1}: ${res.status} ${await res.text()}`);
    loaded++;
  }
  process.stdout.write(
    `\x1b[1m[start]\x1b[0m demo data: ${loaded} complaints in GZ01 锦绣花园 and GZ02 天河商务大厦\n`,
  );
}
