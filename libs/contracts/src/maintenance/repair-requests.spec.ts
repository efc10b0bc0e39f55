import { describe, expect, it } from '@jest/globals';
import { validatePayload } from '../validation/validate-payload.js';
import { RegisterRepairRequestV1 } from './repair-requests.js';

const valid = {
  communityId: 'GZ01',
  source: 'patrol',
  location: '3栋1单元大堂',
  trades: ['civil'],
  urgency: 'normal',
  description: '大堂地砖开裂',
};

const fieldsOf = (body: Record<string, unknown>): string[] => {
  const result = validatePayload(RegisterRepairRequestV1, { ...valid, ...body });
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('MNT-1: registering a repair request', () => {
  it('MNT-1: text of only zero-width or format characters is blank, refused naming the field (decision 0266)', () => {
    for (const blank of ['\u200b', '\u200b\u200b', '\u200c \u200d', '\u2060', '\ufeff', ' \u3000\u200b ']) {
      expect(fieldsOf({ location: blank, description: blank })).toEqual(['location', 'description']);
    }
    // Text with something to say keeps its invisible characters, as typed.
    const kept = validatePayload(RegisterRepairRequestV1, { ...valid, description: '\u200b地砖开裂' });
    expect(kept).toMatchObject({ ok: true, value: { description: '\u200b地砖开裂' } });
  });

  it('DESK-3: the contact phone is read as complaints and people read it (decisions 0110, 0227, 0267)', () => {
    for (const phone of [
      '+86 138-1234-5678',
      '0086 13812345678',
      '(020) 8888-1234 转 601',
      '020-88881234-601',
    ]) {
      expect(fieldsOf({ contactPhone: phone })).toEqual([]);
    }
    for (const phone of ['020-1234567-123', '23812345678', '12345', '电话']) {
      expect(fieldsOf({ contactPhone: phone })).toEqual(['contactPhone']);
    }
  });
});
