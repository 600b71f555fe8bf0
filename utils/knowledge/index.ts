/** The knowledge the sidebar draws on: types, the built-in pack, its sources and the claim labels. */
export * from './types';
export * from './sources';
export * from './claims';
export { BUILTIN_PACK, OVERVIEW_SECTION_ID } from './builtin';
