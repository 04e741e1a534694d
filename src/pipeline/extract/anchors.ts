// Moved to the model (src/model/ids.ts, src/model/vocabulary.ts); this re-export serves the
// files still importing it here (ChartFrame, the report page) until they import the model.
export { claimAnchor, factAnchor } from '../../model/ids.ts';
export { qualifierLabel } from '../../model/vocabulary.ts';
