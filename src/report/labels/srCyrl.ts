import { deepFreeze } from '../../_lib/freeze.js';
import type { PluralForms, ReportLabels } from './types.js';

/** Serbian forms: `one` (1, 21 …), `few` (2–4, 22–24 …), `other`. */
const forms = (one: string, few: string, other: string): PluralForms => ({
  zero: other,
  one,
  two: few,
  few,
  many: other,
  other,
});

/**
 * The report labels in Serbian, Cyrillic script (ekavian): the `sr-Latn` text letter for letter
 * (the programme's name, Erasmus+, stays in Latin script).
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels['sr-Cyrl'].yearStatus['not-due']; // 'није доспело'
 * ```
 */
export const srCyrl: ReportLabels = deepFreeze({
  yearStatus: {
    met: 'испуњено',
    'not-met': 'није испуњено',
    inconclusive: 'неизвесно',
    'no-data': 'нема података',
    'not-due': 'није доспело',
  },
  overallStatus: {
    achieved: 'остварено',
    'on-track': 'на добром путу',
    'at-risk': 'угрожено',
    'off-track': 'заостаје',
  },
  verdict: {
    met: 'испуњено',
    'not-met': 'није испуњено',
    inconclusive: 'неизвесно',
    'insufficient-data': 'недовољно података',
  },
  indicatorKind: {
    numeric: 'број',
    percentage: 'проценат',
    frequency: 'учесталост',
    limit: 'горња граница',
    'per-unit': 'по јединици',
    'event-driven': 'по догађају',
    milestone: 'прекретница',
  },
  grantLineKind: {
    'individual-support': 'Индивидуална подршка',
    'fewer-opportunities-top-up': 'Додатак за учеснике са мање могућности',
    'traineeship-top-up': 'Додатак за стручну праксу',
    'green-travel-top-up': 'Додатак за зелено путовање',
    travel: 'Путни трошкови',
    'exceptional-travel': 'Изузетни путни трошкови',
    'course-fees': 'Котизација за курс',
  },
  missingReason: {
    'figure-missing': 'у објављеним изворима није пронађен износ',
    'distance-missing': 'није наведена удаљеност путовања',
  },
  units: {
    month: forms('месец', 'месеца', 'месеци'),
    day: forms('дан', 'дана', 'дана'),
    trip: forms('путовање', 'путовања', 'путовања'),
    indicator: forms('показатељ', 'показатеља', 'показатеља'),
  },
  text: {
    planReportTitle: 'Извештај о акционом плану',
    asOf: 'Стање на дан {date}',
    period: 'Период плана {from}–{to}',
    summary: 'Сажетак',
    overallStatus: 'Укупни статус',
    indicators: 'Показатељи',
    yearsMet: 'Испуњене године',
    partOfWhole: '{part} од {whole}',
    score: 'Пондерисана оцена',
    goal: 'Циљ',
    objective: 'Специфични циљ',
    action: 'Активност',
    indicator: 'Показатељ',
    goals: 'Циљеви',
    objectives: 'Специфични циљеви',
    year: 'Година',
    target: 'Циљна вредност',
    actual: 'Остварено',
    status: 'Статус',
    achievement: 'Степен остварења',
    kind: 'Врста',
    forecast: 'Прогноза за {year}: {value} према циљној вредности {target} ({status}).',
    forecastMeets: 'достиже је',
    forecastMisses: 'не достиже је',
    forecastNone: 'Нема прогнозе за последњу годину.',
    forecastFloor: 'Година {year} је још у току: досад {value}, што је доња граница прогнозе.',
    forecastEstimate: 'Година {year} је још у току: прогноза је њена досадашња вредност, {value}.',
    forecastLeftOut: 'Година {year} је још у току (досад {value}) и није укључена у тренд.',
    satisfaction:
      '{year}: задовољно {share} ({satisfied} од {responses}), интервал поверења {level} {lower}–{upper}; циљна вредност {target}: {verdict}.',
    satisfactionHeading: 'Анкете о задовољству',
    yearStatusCounts: 'Године показатеља по статусу',
    indicatorStatusCounts: 'Показатељи по статусу',
    count: 'Број',
    warnings: 'Упозорења',
    untitled: '(без наслова)',
    quotedNote: 'Наслови и називи показатеља наведени су онако како су написани у плану.',
    atLeast: 'најмање {value}',
    atMost: 'највише {value}',
    between: 'од {min} до {max}',
    exactly: 'тачно {value}',
    perUnit: 'по јединици',
    milestone: 'прекретница: {text}',
    done: 'урађено',
    notDone: 'није урађено',
    chartTitle: '{id} {label}: циљне и остварене вредности',
    chartDesc:
      'Графикон годишњих циљних и остварених вредности показатеља (врста: {kind}); укупни статус: {status}.',
    chartYear: '{year}: циљна вредност {target}, остварено {actual}, {status}.',
    axisValue: 'Вредност',
    axisShare: 'Удео задовољних',
    legendInterval: 'интервал поверења {level}',
    none: '–',
    chart: 'Графикон',
    grantTitle: 'Обрачун гранта',
    grantCallYear: 'Erasmus+ конкурс {callYear}',
    item: 'Ставка',
    calculation: 'Обрачун',
    amount: 'Износ',
    total: 'Укупно',
    totalIncomplete: 'Укупно (непотпуно)',
    incomplete: 'Непотпуно: ово није цео износ гранта',
    incompleteParts:
      'Укупан износ не обухвата: {parts}. То је само збир ставки које су могле да се израчунају.',
    duration: 'Финансирано трајање: {days} ({months} {and} {extra}).',
    travelIncluded: 'укључујући {days} путовања',
    travelBasis: '{km} км у једном правцу: разред удаљености {band}, повратно путовање',
    greenTravelBasis:
      '{km} км у једном правцу: разред удаљености {band}, зелено путовање, повратно путовање',
    and: 'и',
    oneOff: 'једнократно',
    eligible: 'Испуњава услове',
    notEligible: 'Не испуњава услове',
    referenceRates:
      'Коришћени су референтни износи из Водича кроз програм (табела износа националне агенције није дата).',
    rateSheetRates: 'Коришћени су износи националне агенције.',
    provisional: 'Привремено: неки коришћени износи још нису потврђени.',
    rules: 'Примењена правила',
    englishNote: 'Правила и упозорења наведена су на енглеском, онако како их библиотека наводи.',
  },
} satisfies ReportLabels);
