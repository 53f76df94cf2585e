/**
 * Seed 000 (a source text that is not shipped with the package): the Erasmus+ strategy of the
 * Висока пословна школа струковних студија у Лесковцу (Leskovac, Serbia), written in Serbian
 * Cyrillic. A qualitative plan: no period, no figures. Goals are the Erasmus+ fields of action the
 * text commits to; phases are the text's "initial period (two years)" of staff mobility and the
 * "next phase" adding student mobility. Texts are quoted from the seed; `titleEn` renderings are
 * ours.
 */
import type { Strategy } from 'erasmus-kit';

/** The seed 000 strategy (qualitative). */
export const seed000Strategy: Strategy = {
  title: 'Стратегија интернационализације',
  institution: {
    name: 'Висока пословна школа струковних студија у Лесковцу',
    country: 'RS',
    city: 'Лесковац',
  },
  language: 'sr-Cyrl',
  vision:
    'ВПШЛЕ препознаје процес интернационализације као кључни елемент за унапређење конкурентности и препознатљивости школе у области високог образовања.',
  values: [
    'ВПШЛЕ настоји да елиминише све врсте дискриминације у погледу расе, вере, пола, националне и етничке припадности.',
  ],
  phases: [
    {
      id: 'initial',
      title: 'У почетном периоду реализације стратегије (две године)',
      durationYears: 2,
      focus: ['мобилности наставног и ненаставног особља'],
      description:
        'акценат ће бити на мобилности наставног и ненаставног особља како би се подигли Ерасмус капацитети Високе пословне школе струковних студија у Лесковцу.',
    },
    {
      id: 'next',
      title: 'У наредној фази',
      focus: [
        'мобилности особља',
        'долазне мобилности студената са високошколских институција',
        'одлазне мобилности студената ка партнерским високошколским институцијама',
      ],
      description:
        'поред мобилности особља, фокус ће бити на успостављању долазне мобилности студената са високошколских институција, као и одлазне мобилности студената ка партнерским високошколским институцијама.',
    },
  ],
  goals: [
    {
      id: 'KA1',
      title:
        'одлазне и долазне мобилности за студенте, наставно и ненаставно особље у оквиру програмских и партнерских земаља, као и студентске долазне и одлазне мобилности у оквиру програма праксе (КА1)',
      titleEn:
        'Outgoing and incoming mobility of students, teaching and non-teaching staff with programme and partner countries, and student traineeships (KA1)',
    },
    {
      id: 'KA2',
      title: 'Стратешка партнерства, Савези знања и пројекти изградње капацитета (KA2)',
      titleEn: 'Strategic partnerships, knowledge alliances and capacity-building projects (KA2)',
    },
    {
      id: 'KA3',
      title:
        'Сарадња са међународним организацијама и дијалог између стејкхолдера, политика и Програм промоције (KA3)',
      titleEn:
        'Cooperation with international organisations, stakeholder dialogue, policy and programme promotion (KA3)',
    },
    {
      id: 'JM',
      title: 'Жан Моне Програм',
      titleEn: 'Jean Monnet programme',
    },
    {
      id: 'language',
      title: 'бесплатне курсеве српског језика за све заинтересоване долазне студенте',
      titleEn: 'Free Serbian language courses for all interested incoming students',
    },
  ],
  source: 'seeds/000_e7a5d9f1857b2017.txt',
};
