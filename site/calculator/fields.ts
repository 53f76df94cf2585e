/** Labelled form fields of the calculator page. Every control has a `<label>` and a name. */
import { type Child, h } from './dom.js';
import type { FormValues } from './formValues.js';

/** One choice of a select. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A control wrapped with its label and an optional hint (read out with the control). */
export function field(
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  hint?: string,
): HTMLElement {
  const hintId = `${control.id}-hint`;
  if (hint !== undefined) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'ek-field' },
    h('label', { for: control.id }, label),
    control,
    hint !== undefined && h('small', { id: hintId }, hint),
  );
}

/** A checkbox followed by its label. */
export function checkbox(id: string, label: string): HTMLElement {
  return h(
    'div',
    { class: 'ek-field ek-check' },
    h('input', { type: 'checkbox', id, name: id }),
    h('label', { for: id }, label),
  );
}

/** A text, number or date input named as its id. */
export function input(
  id: string,
  type: 'text' | 'number' | 'date',
  attributes: Readonly<Record<string, string>> = {},
): HTMLInputElement {
  return h('input', { id, name: id, type, ...attributes });
}

/** A select named as its id. */
export function select(
  id: string,
  choices: readonly Choice[],
  selected?: string,
): HTMLSelectElement {
  const element = h('select', { id, name: id });
  setChoices(element, choices, selected);
  return element;
}

/** Replaces the choices of a select; `selected` (by default the current value) stays chosen when it is one. */
export function setChoices(
  element: HTMLSelectElement,
  choices: readonly Choice[],
  selected: string = element.value,
): void {
  // The chosen option is also the default, which a form reset returns to.
  element.replaceChildren(
    ...choices.map((choice) =>
      h('option', { value: choice.value, selected: choice.value === selected }, choice.label),
    ),
  );
}

/** A group of fields with its legend. */
export function group(legend: string, ...children: readonly Child[]): HTMLFieldSetElement {
  return h('fieldset', {}, h('legend', {}, legend), ...children);
}

/** What a form holds now, field by field (`''` for an empty field or an unticked box). */
export function valuesOf(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  return (name) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
}
