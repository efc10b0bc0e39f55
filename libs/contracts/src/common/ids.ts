/**
 * Companies and communities are identified by short codes the company chooses (`HRX`, `GZ01`):
 * they appear in every human number (`TS-GZ01-2026-000123`, GEN-2) and in staff tokens, and a
 * community code is unique within its company. Every other record has a UUID (v7, time-ordered).
 */
export type CompanyId = string;
export type CommunityId = string;
export type Uuid = string;

export const COMPANY_ID_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;
export const COMMUNITY_ID_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `communities` claim value that grants every community of the caller's company. */
export const ALL_COMMUNITIES = '*';
