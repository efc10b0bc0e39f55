import { labelledCodes, type CodeOf } from '../common/labelled-codes.js';

/** RES-1: what kind of property a community is. */
export const CommunityKind = labelledCodes({
  residential: '住宅小区',
  office: '写字楼',
  commercial: '商业广场',
  mixed: '综合体',
});
export type CommunityKind = CodeOf<typeof CommunityKind>;

/** RES-1: unit types. */
export const UnitType = labelledCodes({
  residence: '住宅',
  office: '写字间',
  shop: '商铺',
  apartment: '公寓',
  parking: '车位',
});
export type UnitType = CodeOf<typeof UnitType>;

/** RES-1: unit status. */
export const UnitStatus = labelledCodes({
  vacant: '空置',
  occupied: '已入住',
  decorating: '装修中',
});
export type UnitStatus = CodeOf<typeof UnitStatus>;

/** RES-2: how a person relates to a unit. */
export const OccupancyRole = labelledCodes({
  owner: '业主',
  tenant: '租户',
  'household-member': '家庭成员',
  'emergency-contact': '紧急联系人',
});
export type OccupancyRole = CodeOf<typeof OccupancyRole>;

export const IdDocumentType = labelledCodes({
  'resident-id-card': '居民身份证',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'business-license': '营业执照',
});
export type IdDocumentType = CodeOf<typeof IdDocumentType>;

/** RES-7: how a resident wants to be contacted. */
export const ContactChannel = labelledCodes({
  phone: '电话',
  sms: '短信',
  visit: '上门',
  app: '业主App',
});
export type ContactChannel = CodeOf<typeof ContactChannel>;

/** RES-3: how serious a defect found at handover is. */
export const DefectSeverity = labelledCodes({
  minor: '一般',
  major: '严重',
  safety: '安全隐患',
});
export type DefectSeverity = CodeOf<typeof DefectSeverity>;

/** MNT-1: trades of repair work, as handover defects and repair requests name them. */
export const RepairTrade = labelledCodes({
  plumbing: '给排水',
  electrical: '电气',
  civil: '土建',
  carpentry: '木工',
  waterproofing: '防水',
  lift: '电梯',
  hvac: '暖通空调',
  other: '其他',
});
export type RepairTrade = CodeOf<typeof RepairTrade>;

/** RES-4: keys and cards handed over at move-in. */
export const KeyKind = labelledCodes({
  'door-key': '入户门钥匙',
  'mailbox-key': '信报箱钥匙',
  'access-card': '门禁卡',
  'parking-card': '停车卡',
  other: '其他',
});
export type KeyKind = CodeOf<typeof KeyKind>;

export const MoveInStatus = labelledCodes({
  open: '办理中',
  completed: '已入住',
  cancelled: '已取消',
});
export type MoveInStatus = CodeOf<typeof MoveInStatus>;

/** RES-4: whose move-in it is: the owners', or tenants' after the lease is signed (租户入住). */
export const MoveInKind = labelledCodes({
  owner: '业主入住',
  tenant: '租户入住',
});
export type MoveInKind = CodeOf<typeof MoveInKind>;

/** RES-6 */
export const MoveOutStatus = labelledCodes({
  requested: '已申请',
  inspected: '已验房',
  completed: '已迁出',
  cancelled: '已取消',
});
export type MoveOutStatus = CodeOf<typeof MoveOutStatus>;

/** Who pays a damage found at move-out or during decoration. */
export const DamageChargeTo = labelledCodes({
  account: '计入房屋账户',
  deposit: '从押金扣除',
});
export type DamageChargeTo = CodeOf<typeof DamageChargeTo>;

/** RES-5: the secondary-decoration workflow. */
export const DecorationStatus = labelledCodes({
  draft: '填写中',
  'awaiting-payment': '待缴费',
  'under-review': '图纸审核中',
  returned: '退回修改',
  approved: '审核通过',
  'in-progress': '施工中',
  'awaiting-inspection': '待验收',
  fixing: '整改中',
  completed: '验收通过',
  cancelled: '已撤销',
});
export type DecorationStatus = CodeOf<typeof DecorationStatus>;

export const InspectionResult = labelledCodes({
  passed: '合格',
  failed: '不合格',
});
export type InspectionResult = CodeOf<typeof InspectionResult>;

/** RES-8 */
export const FileAccessPurpose = labelledCodes({
  borrow: '借阅',
  export: '导出',
});
export type FileAccessPurpose = CodeOf<typeof FileAccessPurpose>;

export const FileAccessStatus = labelledCodes({
  pending: '待审批',
  approved: '已批准',
  rejected: '已驳回',
  used: '已调阅',
});
export type FileAccessStatus = CodeOf<typeof FileAccessStatus>;

/** GEN-4: why personal data was viewed in full. */
export const PersonalDataAccessKind = labelledCodes({
  reveal: '查看完整号码',
  'file-export': '档案导出',
  'file-borrow': '档案借阅',
  // Decision 0283: a search by a full phone number tells whose number it is, found or not.
  'phone-lookup': '按完整号码查找',
});
export type PersonalDataAccessKind = CodeOf<typeof PersonalDataAccessKind>;

/** RES-5: the departments whose heads sign a decoration's completion acceptance. */
export const AcceptanceDepartment = labelledCodes({
  'customer-service': '客服部',
  engineering: '工程部',
  security: '保安部',
});
export type AcceptanceDepartment = CodeOf<typeof AcceptanceDepartment>;

/** RES-5: how a damage found during fit-out is made good. */
export const DamageRemedy = labelledCodes({
  charge: '赔偿（从押金扣除）',
  repair: '业主自行修复',
});
export type DamageRemedy = CodeOf<typeof DamageRemedy>;
