import { round4 } from './compareToTarget.js';
import type { Settings } from './evaluateOptions.js';
import type { IndicatorEvaluation, RollUp } from './evaluationTypes.js';
import { ragBand } from './overallStatus.js';

/**
 * Rolls indicators up: share of counted indicator-years met, and the weighted mean of the
 * indicators' scores (over indicators with a score). Status: `achieved` when every indicator is,
 * `on-track` when nothing is due yet, otherwise the RAG band of the weighted score.
 */
export function rollUp(
  id: string,
  title: string | null,
  indicators: readonly IndicatorEvaluation[],
  settings: Settings,
): RollUp {
  let dueYears = 0;
  let metYears = 0;
  let weighted = 0;
  let weights = 0;
  for (const indicator of indicators) {
    dueYears += indicator.dueYears;
    metYears += indicator.metYears;
    if (indicator.score !== null) {
      weighted += indicator.weight * indicator.score;
      weights += indicator.weight;
    }
  }
  const weightedScore = weights === 0 ? null : round4(weighted / weights);
  let status: RollUp['status'] = null;
  if (indicators.length > 0) {
    if (indicators.every((i) => i.status === 'achieved')) status = 'achieved';
    else status = weightedScore === null ? 'on-track' : ragBand(weightedScore, settings);
  }
  return {
    id,
    title,
    indicators: indicators.length,
    dueYears,
    metYears,
    shareMet: dueYears === 0 ? null : round4(metYears / dueYears),
    weightedScore,
    status,
  };
}
