import type { ApiRequestBody } from '@pcs/api-client';
import { required, type RequiredRule } from '../common/form-rules';

type Customer = ApiRequestBody<'registerComplaint'>['customer'];

/** The registration form's texts the desk must fill in, each with its rule. */
export interface RegisterRules {
  surname: RequiredRule[];
  phone: RequiredRule[];
  location: RequiredRule[];
  description: RequiredRule[];
  demand: RequiredRule[];
  answer: RequiredRule[];
}

/**
 * CMP-1: an entry records the customer's surname and contact unless the customer stays anonymous,
 * and a location unless it names a unit (a caller card's draft does); what happened and what the
 * customer wants always; DESK-2: an enquiry is registered answered on the spot, so with its answer.
 * The form marks and checks these before sending, as the API refuses them.
 */
export function registerRules({ anonymous, unit }: { anonymous: boolean; unit: boolean }): RegisterRules {
  return {
    surname: anonymous ? [] : [required('请填写客户姓氏（客户不愿留名请勾选匿名）')],
    phone: anonymous ? [] : [required('请填写联系电话（客户不愿留电话请勾选匿名）')],
    location: unit ? [] : [required('请填写地点')],
    description: [required('请填写来电内容')],
    demand: [required('请填写客户诉求')],
    answer: [required('请填写当场答复的内容')],
  };
}

/**
 * Decisions 0292, 0317: an anonymous customer gives no name and no number. With 匿名 ticked the form sends
 * neither (the API refuses `anonymous` with either), whatever was typed or handed by a caller card
 * before it was ticked.
 */
export function registrationCustomer(customer: Customer): Customer {
  if (!customer.anonymous) return customer;
  const { surname: _surname, phone: _phone, ...rest } = customer;
  return rest;
}
