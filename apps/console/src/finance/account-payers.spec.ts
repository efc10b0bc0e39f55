import { describe, expect, it } from '@jest/globals';
import { knownPeople, mixesPayers, payerLabeller, statementPayerIds, UNIT_ITSELF } from './account-payers';

const SELLER = '01a25306-d8c5-74dc-9e37-172d45b966bc';
const BUYER = '01a25306-e80d-70dd-99cb-20ae3968d14a';
const TENANT = '01a25306-d7ec-75f4-a874-3dff62c1fd51';
const occupants = [
  { personId: BUYER, name: '买家甲' },
  { personId: TENANT, name: '林晓燕' },
];

describe("a unit's account names each bill's payer (BIL-2, decision 0389)", () => {
  it('BIL-2 (decision 0389): names the occupants the page knows, the unit itself, and others by a short label', () => {
    const label = payerLabeller(occupants, [SELLER, BUYER, TENANT]);
    expect(label({ payerPersonId: BUYER })).toBe('买家甲');
    expect(label({ payerPersonId: TENANT })).toBe('林晓燕');
    // The seller has left: no longer an occupant, named by the tail of the id.
    expect(label({ payerPersonId: SELLER })).toBe('缴费人 …66bc');
    expect(label({})).toBe(UNIT_ITSELF);
    expect(UNIT_ITSELF).toBe('房屋自身（无缴费人）');
    // A payment of the unit's own bills names its payer in words (decision 0345).
    expect(label({ payerName: '张先生（代缴）' })).toBe('张先生（代缴）');
  });

  it('BIL-2 (decision 0389): a role that may not read people sees no names, only short labels', () => {
    expect(knownPeople(occupants, false)).toEqual([]);
    expect(knownPeople(occupants, true)).toEqual(occupants);
    expect(knownPeople(undefined, true)).toEqual([]);
    const label = payerLabeller(knownPeople(occupants, false), [BUYER, TENANT]);
    expect(label({ payerPersonId: BUYER })).toBe('缴费人 …d14a');
    expect(label({ payerPersonId: TENANT })).toBe('缴费人 …fd51');
  });

  it('lengthens the short label until two payers of the statement are told apart', () => {
    const a = '01a25306-0000-7000-8000-0000001234ab';
    const b = '01a25306-0000-7000-8000-0000009934ab';
    const label = payerLabeller([], [a, b]);
    expect(label({ payerPersonId: a })).toBe('缴费人 …1234ab');
    expect(label({ payerPersonId: b })).toBe('缴费人 …9934ab');
  });

  it("collects the statement's payers once each, in the order its rows name them", () => {
    expect(
      statementPayerIds({
        bills: [{ payerPersonId: SELLER }, {}, { payerPersonId: BUYER }, { payerPersonId: SELLER }],
        payments: [{ payerPersonId: TENANT }, { payerName: '张先生' }],
        creditEntries: [{ payerPersonId: SELLER }],
      }),
    ).toEqual([SELLER, BUYER, TENANT]);
  });

  it("BIL-2 (decision 0389): says when the unit's figures add up several payers'", () => {
    // 1栋1202 after a sale: the buyer's and the unit's bills owed, the seller's credit.
    expect(
      mixesPayers({
        bills: [{ payerPersonId: BUYER, status: 'open' }, { status: 'open' }],
        creditEntries: [{ payerPersonId: SELLER }],
      }),
    ).toBe(true);
    expect(
      mixesPayers({
        bills: [
          { payerPersonId: BUYER, status: 'open' },
          { payerPersonId: SELLER, status: 'cancelled' },
        ],
        creditEntries: [{ payerPersonId: BUYER }],
      }),
    ).toBe(false);
    expect(mixesPayers({ bills: [], creditEntries: [] })).toBe(false);
  });
});
