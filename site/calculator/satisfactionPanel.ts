/** The satisfaction panel: a target judged from survey counts with a confidence interval. */
import { reportLabels } from '../../src/entries/report.js';
import { safeEvaluateSatisfaction } from '../../src/entries/satisfaction.js';
import { h, show } from './dom.js';
import { field, input, select, valuesOf } from './fields.js';
import { satisfactionOf } from './formValues.js';
import { inputErrorView } from './results.js';

const count = (id: string, value: string) => input(id, 'number', { min: '0', step: '1', value });

/** Builds the panel inside `container`. */
export function mountSatisfactionPanel(container: HTMLElement): void {
  const result = h('div', {
    class: 'ek-result',
    id: 'ek-satisfaction-result',
    'aria-live': 'polite',
  });
  const form = h(
    'form',
    { id: 'ek-satisfaction', class: 'ek-form', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, 'Survey and target'),
      field('Satisfied respondents', count('satisfied', '18')),
      field('Responses', count('responses', '20')),
      field('Invited (optional)', count('invited', ''), 'Gives the response rate.'),
      field(
        'Target',
        select('direction', [
          { value: 'at-least', label: 'at least' },
          { value: 'at-most', label: 'at most' },
        ]),
      ),
      field('Target share in %', input('target', 'number', { min: '0', max: '100', value: '85' })),
      field(
        'Confidence level in %',
        input('confidence', 'number', { min: '50', max: '99.9', step: 'any', value: '95' }),
      ),
    ),
    h('button', { type: 'submit' }, 'Judge the target'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { input: survey, threshold, options } = satisfactionOf(valuesOf(form));
    const judged = safeEvaluateSatisfaction(survey, threshold, options);
    if (!judged.success) {
      show(result, inputErrorView([judged.error]));
      return;
    }
    show(
      result,
      h(
        'p',
        { id: 'ek-satisfaction-verdict' },
        h('strong', {}, reportLabels.en.verdict[judged.data.verdict]),
      ),
      h('p', {}, judged.data.explanation),
    );
  });
  show(container, form, result);
}
