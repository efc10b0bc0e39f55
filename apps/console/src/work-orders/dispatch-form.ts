import type { ActionForm, FieldSpec } from './field-forms';

/** A team of the company's directory, as `GET /api/v1/repair-teams` lists it. */
export interface RepairTeamChoice {
  id: string;
  name: string;
}

/** Required when the order goes to the in-house team (MNT-7), in Chinese before sending. */
const forTeam =
  (what: string) =>
  (text: string, values: Readonly<Record<string, unknown>>): string | undefined =>
    values['executor'] === 'team' && text === '' ? what : undefined;

/**
 * MNT-7, MNT-13 (decisions 0330, 0331): the dispatch form. The team is picked from the company's
 * directory (its name goes with its id: the API takes the name from there), and the technician's
 * number and name must say something when the team does the work.
 */
export const DISPATCH_FIELDS: readonly FieldSpec[] = [
  {
    name: 'teamId',
    label: '维修班组',
    input: 'select',
    options: [],
    check: forTeam('请选择维修班组'),
    dependsOn: ['executor'],
  },
  {
    name: 'technician.staffId',
    label: '维修工工号',
    input: 'text',
    maxLength: 100,
    check: forTeam('请填写维修工工号'),
    dependsOn: ['executor'],
  },
  {
    name: 'technician.name',
    label: '维修工姓名',
    input: 'text',
    maxLength: 100,
    check: forTeam('请填写维修工姓名'),
    dependsOn: ['executor'],
  },
  {
    name: 'contractorName',
    label: '承建商名称',
    input: 'text',
    maxLength: 100,
    // Decision 0380: a dispatch to the team names no contractor (the survey's liable one stays).
    check: (text, values) =>
      values['executor'] === 'team' && text !== '' ? '派给维修班组时不填承建商名称' : undefined,
    dependsOn: ['executor'],
  },
];

/** The dispatch form with the teams serving the order's community to choose from. */
export function dispatchForm(form: ActionForm, teams: readonly RepairTeamChoice[]): ActionForm {
  return {
    ...form,
    fields: form.fields.map((field) =>
      field.name === 'teamId'
        ? {
            ...field,
            options: teams.map((team) => ({ value: team.id, label: team.name })),
            ...(teams.length ? {} : { extra: '尚无可派的维修班组：请总工程师先在维修班组名录中添加' }),
          }
        : field,
    ),
  };
}
