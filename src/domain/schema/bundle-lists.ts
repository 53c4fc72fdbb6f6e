/**
 * The lists of records of a workspace bundle, in the order they are written (parents before
 * children); the database has one table per list, named alike. Apart from the schemas so that
 * code that only names the lists (the database, the first screen) loads no schema.
 */
export const BUNDLE_RECORD_LISTS = [
  'participants',
  'workflows',
  'steps',
  'frictions',
  'useCases',
  'scorecards',
  'decisions',
  'waves',
  'weightSets',
  'decisionSnapshots',
  'reviews',
  'portfolios',
  'workshops',
  'parkingLot',
  'audit',
] as const;
export type BundleRecordList = (typeof BUNDLE_RECORD_LISTS)[number];
