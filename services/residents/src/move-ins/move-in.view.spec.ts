import { describe, expect, it } from '@jest/globals';
import { MoveInRequirement, type MoveInRequirement as Code } from './move-in.state.js';
import { moveInIncompleteDetail, moveInRequirementLabel, moveInRequirementWording } from './move-in.view.js';

const EVERY = MoveInRequirement.codes as readonly Code[];

describe("how a move-in's missing steps read (RES-4)", () => {
  it('RES-4 (decision 0381): the refusal names what is missing, never a checklist label that reads as done', () => {
    expect(moveInIncompleteDetail('owner', ['handover'])).toBe('入住手续尚未办齐，缺少：验房（接楼）');
    expect(moveInIncompleteDetail('owner', [...EVERY])).toBe(
      '入住手续尚未办齐，缺少：业主身份证件登记、业户手册签收、装修管理规定签收、钥匙交接、验房（接楼）、入住费用缴纳',
    );
    expect(moveInIncompleteDetail('tenant', ['identity', 'handbook', 'keys', 'handover', 'charges'])).toBe(
      '入住手续尚未办齐，缺少：租户身份证件登记、业户手册签收、钥匙交接、验房（接楼）、合同押金缴纳',
    );
    for (const kind of ['owner', 'tenant'] as const) {
      const detail = moveInIncompleteDetail(kind, [...EVERY]);
      expect(detail).not.toMatch(/已(完成|签收|登记|缴清|交接)/);
    }
  });

  it('RES-4 (decision 0381): the view and the refusal keep the checklist labels, by kind', () => {
    expect(moveInRequirementLabel('owner', 'handover')).toBe('验房（接楼）已完成');
    expect(moveInRequirementLabel('tenant', 'handover')).toBe('验房（接楼）已完成');
    expect(moveInRequirementLabel('owner', 'charges')).toBe('入住费用已缴清');
    expect(moveInRequirementLabel('tenant', 'charges')).toBe('合同押金已缴清');
    expect(moveInRequirementLabel('tenant', 'identity')).toBe('租户身份证件已登记');
  });

  it("RES-4 (decision 0381): a tenant's steps are described in English as the tenant's, not the owner's", () => {
    const owner = (code: Code) => moveInRequirementWording('owner', code).description;
    const tenant = (code: Code) => moveInRequirementWording('tenant', code).description;
    expect(owner('charges')).toBe('billing says the move-in charges are paid');
    expect(tenant('charges')).toContain('contract deposit');
    expect(tenant('charges')).not.toContain('move-in charges');
    expect(tenant('identity')).toContain("tenants' ID documents");
    expect(tenant('handover')).toContain("the unit's handover inspection with its owner");
    expect(tenant('handover')).toContain('a tenant moves into a unit its owner accepted');
    for (const code of EVERY) {
      expect(moveInRequirementWording('tenant', code).description).not.toBe('');
      expect(moveInRequirementWording('tenant', code).missing).not.toBe('');
    }
  });
});
