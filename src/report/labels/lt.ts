import { deepFreeze } from '../../_lib/freeze.js';
import type { PluralForms, ReportLabels } from './types.js';

/**
 * Lithuanian forms: `one` (1, 21 … but not 11), `few` (2–9, 22–29 …), `many` (fractions),
 * `other` (0, 10–20, 30 …).
 */
const forms = (one: string, few: string, many: string, other: string): PluralForms => ({
  zero: other,
  one,
  two: few,
  few,
  many,
  other,
});

/**
 * The report labels in Lithuanian.
 *
 * @example
 * ```ts
 * import { reportLabels } from 'erasmus-kit';
 * reportLabels.lt.overallStatus['at-risk']; // 'kyla rizika'
 * ```
 */
export const lt: ReportLabels = deepFreeze({
  yearStatus: {
    met: 'įvykdyta',
    'not-met': 'neįvykdyta',
    inconclusive: 'neaišku',
    'no-data': 'nėra duomenų',
    'not-due': 'terminas nesuėjo',
  },
  overallStatus: {
    achieved: 'pasiekta',
    'on-track': 'vykdoma pagal planą',
    'at-risk': 'kyla rizika',
    'off-track': 'atsiliekama',
  },
  verdict: {
    met: 'įvykdyta',
    'not-met': 'neįvykdyta',
    inconclusive: 'neaišku',
    'insufficient-data': 'nepakanka duomenų',
  },
  indicatorKind: {
    numeric: 'skaičius',
    percentage: 'procentinė dalis',
    frequency: 'dažnumas',
    limit: 'viršutinė riba',
    'per-unit': 'vienetui',
    'event-driven': 'po kiekvieno įvykio',
    milestone: 'kontrolinis taškas',
  },
  grantLineKind: {
    'individual-support': 'Individuali parama',
    'fewer-opportunities-top-up': 'Priedas mažiau galimybių turintiems dalyviams',
    'traineeship-top-up': 'Stažuotės priedas',
    'green-travel-top-up': 'Žaliosios kelionės priedas',
    travel: 'Kelionės išlaidos',
    'exceptional-travel': 'Išskirtinės kelionės išlaidos',
    'course-fees': 'Kursų mokestis',
  },
  missingReason: {
    'figure-missing': 'paskelbtuose šaltiniuose dydis nerastas',
    'distance-missing': 'nenurodytas kelionės atstumas',
  },
  units: {
    month: forms('mėnuo', 'mėnesiai', 'mėnesio', 'mėnesių'),
    day: forms('diena', 'dienos', 'dienos', 'dienų'),
    trip: forms('kelionė', 'kelionės', 'kelionės', 'kelionių'),
    indicator: forms('rodiklis', 'rodikliai', 'rodiklio', 'rodiklių'),
  },
  text: {
    planReportTitle: 'Veiksmų plano ataskaita',
    asOf: 'Įvertinimo data: {date}',
    period: 'Plano laikotarpis: {from}–{to}',
    summary: 'Santrauka',
    overallStatus: 'Bendra būsena',
    indicators: 'Rodikliai',
    yearsMet: 'Įvykdyti metai',
    partOfWhole: '{part} iš {whole}',
    score: 'Svertinis įvertis',
    goal: 'Tikslas',
    objective: 'Uždavinys',
    action: 'Priemonė',
    indicator: 'Rodiklis',
    goals: 'Tikslai',
    objectives: 'Uždaviniai',
    year: 'Metai',
    target: 'Siektina reikšmė',
    actual: 'Faktinė reikšmė',
    status: 'Būsena',
    achievement: 'Įvykdymo lygis',
    kind: 'Rūšis',
    forecast: 'Prognozė {year} m.: {value}, siektina reikšmė {target} ({status}).',
    forecastMeets: 'pasiekiama',
    forecastMisses: 'nepasiekiama',
    forecastNone: 'Paskutinių metų prognozės nėra.',
    forecastFloor: '{year} m. dar nesibaigė: iki šiol {value}, tai prognozės apatinė riba.',
    forecastEstimate: '{year} m. dar nesibaigė: prognozė yra iki šiol pasiekta reikšmė, {value}.',
    forecastLeftOut: '{year} m. dar nesibaigė (iki šiol {value}), todėl į tendenciją neįtraukti.',
    satisfaction:
      '{year} m.: patenkinti {share} ({satisfied} iš {responses}), {level} pasikliautinasis intervalas {lower}–{upper}; siektina reikšmė {target}: {verdict}.',
    satisfactionHeading: 'Pasitenkinimo apklausos',
    yearStatusCounts: 'Rodiklių metai pagal būseną',
    indicatorStatusCounts: 'Rodikliai pagal būseną',
    count: 'Skaičius',
    warnings: 'Įspėjimai',
    untitled: '(be pavadinimo)',
    quotedNote: 'Pavadinimai ir rodiklių formuluotės pateikiami taip, kaip parašyta plane.',
    atLeast: 'ne mažiau kaip {value}',
    atMost: 'ne daugiau kaip {value}',
    between: 'nuo {min} iki {max}',
    exactly: 'lygiai {value}',
    perUnit: 'vienetui',
    milestone: 'kontrolinis taškas: {text}',
    done: 'atlikta',
    notDone: 'neatlikta',
    chartTitle: '{id} {label}: siektinos ir faktinės reikšmės',
    chartDesc:
      'Rodiklio (rūšis: {kind}) metinių siektinų ir faktinių reikšmių diagrama; bendra būsena: {status}.',
    chartYear: '{year} m.: siektina reikšmė {target}, faktinė {actual}, {status}.',
    axisValue: 'Reikšmė',
    axisShare: 'Patenkintųjų dalis',
    legendInterval: '{level} pasikliautinasis intervalas',
    none: '–',
    chart: 'Diagrama',
    grantTitle: 'Dotacijos apskaičiavimas',
    grantCallYear: 'Erasmus+ {callYear} m. kvietimas',
    item: 'Eilutė',
    calculation: 'Apskaičiavimas',
    amount: 'Suma',
    total: 'Iš viso',
    totalIncomplete: 'Iš viso (neišsamu)',
    incomplete: 'Neišsamu: tai ne visa dotacija',
    incompleteParts:
      'Į bendrą sumą neįtraukta: {parts}. Tai tik eilučių, kurias pavyko apskaičiuoti, suma.',
    duration: 'Finansuojama trukmė: {days} ({months} {and} {extra}).',
    travelIncluded: 'iš jų kelionei: {days}',
    travelBasis: '{km} km į vieną pusę: atstumo juosta {band}, kelionė į abi puses',
    greenTravelBasis:
      '{km} km į vieną pusę: atstumo juosta {band}, žalioji kelionė, kelionė į abi puses',
    and: 'ir',
    oneOff: 'vienkartinė',
    eligible: 'Atitinka reikalavimus',
    notEligible: 'Neatitinka reikalavimų',
    referenceRates:
      'Taikytos Programos vadovo orientacinės sumos (nacionalinės agentūros įkainių lentelė nepateikta).',
    rateSheetRates: 'Taikyti nacionalinės agentūros įkainiai.',
    provisional: 'Preliminaru: kai kurie naudoti dydžiai dar nepatvirtinti.',
    rules: 'Taikytos taisyklės',
    englishNote: 'Taisyklės ir įspėjimai pateikiami anglų kalba, kaip juos pateikia biblioteka.',
  },
} satisfies ReportLabels);
