/**
 * Seed 002 (a source text that is not shipped with the package): the internationalisation
 * strategy of Sveučilište u Mostaru (Bosnia and Herzegovina), in Croatian. A qualitative plan: six
 * strategic programme goals set for the International Relations Office, no period and no figures.
 * Texts are quoted from the seed; `titleEn` renderings are ours.
 */
import type { Strategy } from 'erasmus-kit';

/** The seed 002 strategy (qualitative). */
export const seed002Strategy: Strategy = {
  title: 'Strategija internacionalizacije',
  institution: { name: 'Sveučilište u Mostaru', country: 'BA', city: 'Mostar' },
  language: 'hr',
  mission:
    'Imperativ Sveučilišta je poticati i promicati mobilnost studenata i nastavnika u cilju širenja baze znanja i omogućavanja razvoja različitih karijera svih pojedinaca zaposlenih na Sveučilištu, ali i općenito razvoja Sveučilišta i njegove poboljšane kompetitivnosti u internacionalnim okvirima.',
  goals: [
    {
      id: '1',
      title:
        'Snažnije uključivanje u međunarodne mreže i asocijacije, odnosno u međunarodne projekte i druge oblike suradnje',
      titleEn:
        'Stronger involvement in international networks and associations, international projects and other forms of cooperation',
    },
    {
      id: '2',
      title: 'Njegovanje strateških partnerstava i suradnje sa sveučilištima u Europi i Svijetu',
      titleEn:
        'Fostering strategic partnerships and cooperation with universities in Europe and the world',
    },
    {
      id: '3',
      title:
        'Poticanje i promoviranje internacionalizacije među studentima, akademskom i administrativnom osoblju Sveučilišta u Mostaru',
      titleEn:
        'Encouraging and promoting internationalisation among students, academic and administrative staff',
    },
    {
      id: '4',
      title: 'Poticanje suradnje s drugim Sveučilištima u sklopu ERASMUS + i drugih programa EU',
      titleEn:
        'Encouraging cooperation with other universities within Erasmus+ and other EU programmes',
    },
    {
      id: '5',
      title:
        'Poticanje i podupiranje organiziranja međunarodnih znanstvenih konferencija, simpozija i panela',
      titleEn:
        'Encouraging and supporting international scientific conferences, symposia and panels',
    },
    {
      id: '6',
      title: 'Osnaživanje sveučilišne prepoznatljivosti u međunarodnim krugovima',
      titleEn: 'Strengthening the university’s international visibility',
    },
  ],
  source: 'seeds/002_2121ffb679988c6e.txt',
};
