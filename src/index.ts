/**
 * erasmus-kit: the rules of the Erasmus+ programme 2021–2027 as a typed, pure library. This entry
 * point gives the whole API; each area can also be imported alone (`erasmus-kit/mobility`,
 * `erasmus-kit/grants`, `erasmus-kit/rules`, `erasmus-kit/satisfaction`,
 * `erasmus-kit/indicators`, `erasmus-kit/reconcile`, `erasmus-kit/report`, `erasmus-kit/schemas`,
 * `erasmus-kit/errors`), which loads only what that area uses.
 *
 * @packageDocumentation
 */

export * from './entries/errors.js';
export * from './entries/grants.js';
export * from './entries/indicators.js';
export * from './entries/mobility.js';
export * from './entries/reconcile.js';
export * from './entries/report.js';
export * from './entries/rules.js';
export * from './entries/satisfaction.js';
export * from './entries/schemas.js';
