import { describe, expect, it } from '@jest/globals';
import { dispatchForm } from './dispatch-form';
import { fieldProblem, formBody } from './field-forms';
import { WORK_ORDER_FORMS } from './work-order-forms';

const TEAM = { id: '0193a000-0000-7000-8000-00000000a001', name: '工程维修一队' };

describe('the dispatch form (MNT-7, decisions 0330, 0331)', () => {
  const base = WORK_ORDER_FORMS.dispatch;
  if (!base) throw new Error('no dispatch form');

  it('offers the directory’s teams by name and sends the chosen team’s id, no typed id or name', () => {
    const form = dispatchForm(base, [TEAM]);
    const team = form.fields.find((f) => f.name === 'teamId');
    expect(team).toMatchObject({
      label: '维修班组',
      input: 'select',
      options: [{ value: TEAM.id, label: TEAM.name }],
    });
    expect(form.fields.map((f) => f.name)).not.toContain('teamName');
    expect(
      formBody(form, {
        executor: 'team',
        teamId: TEAM.id,
        'technician.staffId': 'staff-0005',
        'technician.name': '孙涛',
      }),
    ).toEqual({ executor: 'team', teamId: TEAM.id, technician: { staffId: 'staff-0005', name: '孙涛' } });
  });

  it('says when there is no team to pick', () => {
    expect(dispatchForm(base, []).fields.find((f) => f.name === 'teamId')?.extra).toMatch(
      /尚无可派的维修班组/,
    );
  });

  it('asks for the team and a technician who says something when the team does the work, not for a contractor', () => {
    const field = (name: string) => {
      const found = base.fields.find((f) => f.name === name);
      if (!found) throw new Error(name);
      return found;
    };
    expect(fieldProblem(field('teamId'), undefined, { executor: 'team' })).toBe('请选择维修班组');
    expect(fieldProblem(field('technician.staffId'), '  ', { executor: 'team' })).toBe('请填写维修工工号');
    expect(fieldProblem(field('technician.name'), '', { executor: 'team' })).toBe('请填写维修工姓名');
    expect(fieldProblem(field('teamId'), undefined, { executor: 'contractor' })).toBeUndefined();
  });

  it('decision 0380: a contractor is named only when a contractor does the work', () => {
    const contractor = base.fields.find((f) => f.name === 'contractorName');
    if (!contractor) throw new Error('contractorName');
    expect(fieldProblem(contractor, '宏达建设', { executor: 'team' })).toBe('派给维修班组时不填承建商名称');
    expect(fieldProblem(contractor, ' ', { executor: 'team' })).toBeUndefined();
    expect(fieldProblem(contractor, '宏达建设', { executor: 'contractor' })).toBeUndefined();
  });
});
