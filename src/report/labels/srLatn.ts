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
 * The report labels in Serbian, Latin script (ekavian). `sr-Cyrl` is the same text in Cyrillic.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels['sr-Latn'].yearStatus['not-due']; // 'nije dospelo'
 * ```
 */
export const srLatn: ReportLabels = deepFreeze({
  yearStatus: {
    met: 'ispunjeno',
    'not-met': 'nije ispunjeno',
    inconclusive: 'neizvesno',
    'no-data': 'nema podataka',
    'not-due': 'nije dospelo',
  },
  overallStatus: {
    achieved: 'ostvareno',
    'on-track': 'na dobrom putu',
    'at-risk': 'ugroženo',
    'off-track': 'zaostaje',
  },
  verdict: {
    met: 'ispunjeno',
    'not-met': 'nije ispunjeno',
    inconclusive: 'neizvesno',
    'insufficient-data': 'nedovoljno podataka',
  },
  indicatorKind: {
    numeric: 'broj',
    percentage: 'procenat',
    frequency: 'učestalost',
    limit: 'gornja granica',
    'per-unit': 'po jedinici',
    'event-driven': 'po događaju',
    milestone: 'prekretnica',
  },
  grantLineKind: {
    'individual-support': 'Individualna podrška',
    'fewer-opportunities-top-up': 'Dodatak za učesnike sa manje mogućnosti',
    'traineeship-top-up': 'Dodatak za stručnu praksu',
    'green-travel-top-up': 'Dodatak za zeleno putovanje',
    travel: 'Putni troškovi',
    'exceptional-travel': 'Izuzetni putni troškovi',
    'course-fees': 'Kotizacija za kurs',
  },
  missingReason: {
    'figure-missing': 'u objavljenim izvorima nije pronađen iznos',
    'distance-missing': 'nije navedena udaljenost putovanja',
  },
  units: {
    month: forms('mesec', 'meseca', 'meseci'),
    day: forms('dan', 'dana', 'dana'),
    trip: forms('putovanje', 'putovanja', 'putovanja'),
    indicator: forms('pokazatelj', 'pokazatelja', 'pokazatelja'),
  },
  text: {
    planReportTitle: 'Izveštaj o akcionom planu',
    asOf: 'Stanje na dan {date}',
    period: 'Period plana {from}–{to}',
    summary: 'Sažetak',
    overallStatus: 'Ukupni status',
    indicators: 'Pokazatelji',
    yearsMet: 'Ispunjene godine',
    partOfWhole: '{part} od {whole}',
    score: 'Ponderisana ocena',
    goal: 'Cilj',
    objective: 'Specifični cilj',
    action: 'Aktivnost',
    indicator: 'Pokazatelj',
    goals: 'Ciljevi',
    objectives: 'Specifični ciljevi',
    year: 'Godina',
    target: 'Ciljna vrednost',
    actual: 'Ostvareno',
    status: 'Status',
    achievement: 'Stepen ostvarenja',
    kind: 'Vrsta',
    forecast: 'Prognoza za {year}: {value} prema ciljnoj vrednosti {target} ({status}).',
    forecastMeets: 'dostiže je',
    forecastMisses: 'ne dostiže je',
    forecastNone: 'Nema prognoze za poslednju godinu.',
    forecastFloor: 'Godina {year} je još u toku: dosad {value}, što je donja granica prognoze.',
    forecastEstimate:
      'Godina {year} je još u toku: prognoza je njena dosadašnja vrednost, {value}.',
    forecastLeftOut: 'Godina {year} je još u toku (dosad {value}) i nije uključena u trend.',
    satisfaction:
      '{year}: zadovoljno {share} ({satisfied} od {responses}), interval poverenja {level} {lower}–{upper}; ciljna vrednost {target}: {verdict}.',
    satisfactionHeading: 'Ankete o zadovoljstvu',
    yearStatusCounts: 'Godine pokazatelja po statusu',
    indicatorStatusCounts: 'Pokazatelji po statusu',
    count: 'Broj',
    warnings: 'Upozorenja',
    untitled: '(bez naslova)',
    quotedNote: 'Naslovi i nazivi pokazatelja navedeni su onako kako su napisani u planu.',
    atLeast: 'najmanje {value}',
    atMost: 'najviše {value}',
    between: 'od {min} do {max}',
    exactly: 'tačno {value}',
    perUnit: 'po jedinici',
    milestone: 'prekretnica: {text}',
    done: 'urađeno',
    notDone: 'nije urađeno',
    chartTitle: '{id} {label}: ciljne i ostvarene vrednosti',
    chartDesc:
      'Grafikon godišnjih ciljnih i ostvarenih vrednosti pokazatelja (vrsta: {kind}); ukupni status: {status}.',
    chartYear: '{year}: ciljna vrednost {target}, ostvareno {actual}, {status}.',
    axisValue: 'Vrednost',
    axisShare: 'Udeo zadovoljnih',
    legendInterval: 'interval poverenja {level}',
    none: '–',
    chart: 'Grafikon',
    grantTitle: 'Obračun granta',
    grantCallYear: 'Erasmus+ konkurs {callYear}',
    item: 'Stavka',
    calculation: 'Obračun',
    amount: 'Iznos',
    total: 'Ukupno',
    totalIncomplete: 'Ukupno (nepotpuno)',
    incomplete: 'Nepotpuno: ovo nije ceo iznos granta',
    incompleteParts:
      'Ukupan iznos ne obuhvata: {parts}. To je samo zbir stavki koje su mogle da se izračunaju.',
    duration: 'Finansirano trajanje: {days} ({months} {and} {extra}).',
    travelIncluded: 'uključujući {days} putovanja',
    travelBasis: '{km} km u jednom pravcu: razred udaljenosti {band}, povratno putovanje',
    greenTravelBasis:
      '{km} km u jednom pravcu: razred udaljenosti {band}, zeleno putovanje, povratno putovanje',
    and: 'i',
    oneOff: 'jednokratno',
    eligible: 'Ispunjava uslove',
    notEligible: 'Ne ispunjava uslove',
    referenceRates:
      'Korišćeni su referentni iznosi iz Vodiča kroz program (tabela iznosa nacionalne agencije nije data).',
    rateSheetRates: 'Korišćeni su iznosi nacionalne agencije.',
    provisional: 'Privremeno: neki korišćeni iznosi još nisu potvrđeni.',
    rules: 'Primenjena pravila',
    englishNote: 'Pravila i upozorenja navedena su na engleskom, onako kako ih biblioteka navodi.',
  },
} satisfies ReportLabels);
