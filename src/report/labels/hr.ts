import { deepFreeze } from '../../_lib/freeze.js';
import type { PluralForms, ReportLabels } from './types.js';

/** Croatian forms: `one` (1, 21 …), `few` (2–4, 22–24 …), `other`. */
const forms = (one: string, few: string, other: string): PluralForms => ({
  zero: other,
  one,
  two: few,
  few,
  many: other,
  other,
});

/**
 * The report labels in Croatian.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels.hr.grantLineKind.travel; // 'Putni troškovi'
 * ```
 */
export const hr: ReportLabels = deepFreeze({
  yearStatus: {
    met: 'ispunjeno',
    'not-met': 'nije ispunjeno',
    inconclusive: 'neizvjesno',
    'no-data': 'nema podataka',
    'not-due': 'nije dospjelo',
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
    inconclusive: 'neizvjesno',
    'insufficient-data': 'nedovoljno podataka',
  },
  indicatorKind: {
    numeric: 'broj',
    percentage: 'postotak',
    frequency: 'učestalost',
    limit: 'gornja granica',
    'per-unit': 'po jedinici',
    'event-driven': 'po događaju',
    milestone: 'ključna točka',
  },
  grantLineKind: {
    'individual-support': 'Individualna potpora',
    'fewer-opportunities-top-up': 'Dodatak za sudionike s manje mogućnosti',
    'traineeship-top-up': 'Dodatak za stručnu praksu',
    'green-travel-top-up': 'Dodatak za zeleno putovanje',
    travel: 'Putni troškovi',
    'exceptional-travel': 'Iznimni putni troškovi',
    'course-fees': 'Kotizacija za tečaj',
  },
  missingReason: {
    'figure-missing': 'u objavljenim izvorima nije pronađen iznos',
    'distance-missing': 'nije navedena udaljenost putovanja',
  },
  units: {
    month: forms('mjesec', 'mjeseca', 'mjeseci'),
    day: forms('dan', 'dana', 'dana'),
    trip: forms('putovanje', 'putovanja', 'putovanja'),
    indicator: forms('pokazatelj', 'pokazatelja', 'pokazatelja'),
  },
  text: {
    planReportTitle: 'Izvješće o akcijskom planu',
    asOf: 'Stanje na dan {date}',
    period: 'Razdoblje plana {from}–{to}',
    summary: 'Sažetak',
    overallStatus: 'Ukupni status',
    indicators: 'Pokazatelji',
    yearsMet: 'Ispunjene godine',
    partOfWhole: '{part} od {whole}',
    score: 'Ponderirana ocjena',
    goal: 'Cilj',
    objective: 'Specifični cilj',
    action: 'Aktivnost',
    indicator: 'Pokazatelj',
    goals: 'Ciljevi',
    objectives: 'Specifični ciljevi',
    year: 'Godina',
    target: 'Ciljna vrijednost',
    actual: 'Ostvareno',
    status: 'Status',
    achievement: 'Stupanj ostvarenja',
    kind: 'Vrsta',
    forecast: 'Prognoza za {year}: {value} prema ciljnoj vrijednosti {target} ({status}).',
    forecastMeets: 'doseže je',
    forecastMisses: 'ne doseže je',
    forecastNone: 'Nema prognoze za posljednju godinu.',
    forecastFloor: 'Godina {year} još je u tijeku: dosad {value}, što je donja granica prognoze.',
    forecastEstimate:
      'Godina {year} još je u tijeku: prognoza je njezina dosadašnja vrijednost, {value}.',
    forecastLeftOut: 'Godina {year} još je u tijeku (dosad {value}) i nije uključena u trend.',
    satisfaction:
      '{year}: zadovoljno {share} ({satisfied} od {responses}), interval pouzdanosti {level} {lower}–{upper}; ciljna vrijednost {target}: {verdict}.',
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
    exactly: 'točno {value}',
    perUnit: 'po jedinici',
    milestone: 'ključna točka: {text}',
    done: 'obavljeno',
    notDone: 'nije obavljeno',
    chartTitle: '{id} {label}: ciljne i ostvarene vrijednosti',
    chartDesc:
      'Grafikon godišnjih ciljnih i ostvarenih vrijednosti pokazatelja (vrsta: {kind}); ukupni status: {status}.',
    chartYear: '{year}: ciljna vrijednost {target}, ostvareno {actual}, {status}.',
    axisValue: 'Vrijednost',
    axisShare: 'Udio zadovoljnih',
    legendInterval: 'interval pouzdanosti {level}',
    none: '–',
    chart: 'Grafikon',
    grantTitle: 'Obračun potpore',
    grantCallYear: 'Erasmus+ natječaj {callYear}',
    item: 'Stavka',
    calculation: 'Izračun',
    amount: 'Iznos',
    total: 'Ukupno',
    totalIncomplete: 'Ukupno (nepotpuno)',
    incomplete: 'Nepotpuno: ovo nije cijeli iznos potpore',
    incompleteParts:
      'Ukupan iznos ne uključuje: {parts}. To je samo zbroj stavki koje je bilo moguće izračunati.',
    duration: 'Financirano trajanje: {days} ({months} {and} {extra}).',
    travelIncluded: 'uključujući {days} putovanja',
    travelBasis: '{km} km u jednom smjeru: razred udaljenosti {band}, povratno putovanje',
    greenTravelBasis:
      '{km} km u jednom smjeru: razred udaljenosti {band}, zeleno putovanje, povratno putovanje',
    and: 'i',
    oneOff: 'jednokratno',
    eligible: 'Ispunjava uvjete',
    notEligible: 'Ne ispunjava uvjete',
    referenceRates:
      'Korišteni su referentni iznosi iz Vodiča za program (tablica iznosa nacionalne agencije nije zadana).',
    rateSheetRates: 'Korišteni su iznosi nacionalne agencije.',
    provisional: 'Privremeno: neki korišteni iznosi još nisu potvrđeni.',
    rules: 'Primijenjena pravila',
    englishNote:
      'Pravila i upozorenja navedena su na engleskom, onako kako ih navodi programska biblioteka.',
  },
} satisfies ReportLabels);
