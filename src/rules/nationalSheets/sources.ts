/**
 * Source URLs of the National Agency rate sheets that the rule packs do not already cite (those
 * are in `../sources.ts`; every URL is named once). Public pages of universities, National
 * Agencies, ministries and the press that quote an agency's rates. The rendered list
 * `docs/rate-sheets.md` shows them per figure. Private.
 *
 * @module
 */

// DE01
export const AUGSBURG =
  'https://www.uni-augsburg.de/de/studium/ausland/studium/erasmus/erasmus-forderung/';
export const BAYREUTH =
  'https://www.international-office.uni-bayreuth.de/de/going-abroad/studienaufenthalte-in-europa/Foerderraten-in-der-neuen-Erasmus_-Programmgeneration-2021-2027/index.html';
export const HU_BERLIN =
  'https://www.international.hu-berlin.de/de/studierende/ins-ausland/was-ist-erasmus/foerderung';
export const SIEGEN_2023 = 'https://www.uni-siegen.de/outgoing/europe/sms/mobility/?lang=de';
export const SIEGEN_UNDATED =
  'https://www.uni-siegen.de/isa/wegeinsausland2016/erasmusplus/grant.html?lang=de';
export const DSHS =
  'https://www.dshs-koeln.de/studium/international-studieren/studien-und-praktikaaufenthalte-im-ausland/ein-praktikum-innerhalb-europas-erasmus/finanzierung/';
export const EH_LUDWIGSBURG =
  'https://www.eh-ludwigsburg.de/internationales/foerderprogramme/eu-foerderprogramm-erasmus/mobilitaet-zu-lehr-und-fortbildungszwecken';
export const FAU =
  'https://fau.de/education/international/wege-ins-ausland/studieren-im-ausland/erasmus-studium/erasmus-foerderung';
export const ERFURT = 'https://www.uni-erfurt.de/to/4nNOKc2jiHuJ0KG';
export const JENA = 'https://uni-jena.de/2725/erasmus-foerderung';

// TR01
export const OKAN_KA171 =
  'https://www.okan.edu.tr/erasmus/duyuru/12824/erasmus-ka171-uluslararasi-kredi-hareketliligi-programi-2022-sozlesme-donemi-2022-1-tr01-ka171-hed-000069445-personel-egitim-alma-hareketliligi-basvuru-ilani/';
export const KTU_2022 =
  'https://www.ktu.edu.tr/ofinaf/duyuru/2022-23-akademik-yili-ogrenci-ogrenim-hareketliligi-hibe-sozlesmeleri';

// CZ01
export const VSE = 'https://ozs.vse.cz/studium-v-zahranici/vymenne-pobyty/chci-vyjet-2/stipendium/';
export const MUNI = 'https://erasmus.law.muni.cz/content/cs/o-pobytech/financni-podminky/';
export const FSV_CUNI =
  'https://iss.fsv.cuni.cz/aktuality/prakticke-staze-erasmus-pro-zs-2023/2024';

// PT01
export const ESTESL = 'https://estesl.ipl.pt/internacional/mobilidade-academica/erasmus/bolsas';
export const UMAIA =
  'https://umaia.pt/pt/internacional/mobilidade/outgoing/outgoing-estudantes-estudos';

// ES01
export const ESRP = 'https://www.esrp.net/erasmus-v2-hi-ha-ajuts-economics/';
export const UDG =
  'https://www.udg.edu/es/internacional/Beques-Grants-Becas/Erasmus-for-Traineeships-English';

// IT02
export const UNIFE = 'https://www.unife.it/it/internazionale/studiare-allestero/erasmus/studio';
export const EU4EU = 'https://eng.eu4eu.org/graduatorie/bando-eu4eu-italy-2024-2025-it';
export const UNIMI =
  'https://unimi.it/it/internazionale/studiare-allestero/partire-con-erasmus/contributo-finanziario-e-supporto-allinclusione';
export const UNIMI_EN =
  'https://unimi.it/en/international/study-abroad/studying-abroad-erasmus/grants-and-inclusion';

// PL01
export const WSR = 'https://www.wsr.edu.pl/erasmus/wyjazdy-studentow/wysokosc-grantu/';
export const PW_PL =
  'https://erasmus.pw.edu.pl/Strefa-studenta/Wyjazdy-na-studia/Wysokosc-stawki-stypendium';
export const PCZ =
  'https://pcz.pl/en/erasmus/for-outgoing-cut-students/erasmus-enrolment---apply-now/study-grants';

// SE01
export const SU_EN =
  'https://www.su.se/english/education/go-international/exchange-studies/erasmus-mobility-grant-1.446588';
export const SU_SV =
  'https://www.su.se/utbildning/studera-utomlands/utbytesstudier/stipendium-f%C3%B6r-studier-erasmus-1.440129';
export const HIS =
  'https://student.his.se/stod-och-service/dags-att-studera-utomlands/erasmus-utbyte/';

// AT01
export const JKU =
  'https://www.jku.at/studium/internationales/mit-der-jku-ins-ausland/erasmus-praktikumsstipendium/';
export const BOKU =
  'https://boku.ac.at/international/themen/boku-students-going-international/erasmus-outgoings/zuschuesse';
export const UNIVIE_TRAINEESHIP =
  'https://international.univie.ac.at/studierendenmobilitaet/outgoing-students/erasmus-praktikum/finanzielles/';
export const UNIVIE_STUDIES =
  'https://international.univie.ac.at/studierendenmobilitaet/outgoing-students/erasmus-studienaufenthalte/finanzielles';
export const MDW_EUROPE =
  'https://mdw.ac.at/internationaloffice/mobilitaeten-studierende/de/erasmus-outgoing/langzeitmobilitaeten/stipendien/erasmus-europa';

// FI01
export const LAPINAMK =
  'https://www.lapinamk.fi/en/Students/Go-International/My-Global-Story/Erasmus-study-exchange-instructions';
export const ULAPLAND =
  'https://www.ulapland.fi/EN/Studies/Go-International-at-University-of-Lapland/Traineeship-Abroad/Traineeship-grant';

// LT01
export const KVK_EN = 'https://www.kvk.lt/en/erasmus/outgoing-students/financing/';
export const KVK_LT = 'https://www.kvk.lt/studentams/akademiniai-mainai/finansavimas/';
export const LSU = 'https://www.lsu.lt/apie-lsu/tarptautiniai-rysiai/konkursai/';
export const ETAR_V345 = 'https://e-tar.lt/rs/legalact/fb909e50c3d611ed97b2975f7dad7488/';

// SK01
export const UNIBA = 'https://uniba.sk/medzinarodne-vztahy/erasmus/studenti-studium/vyska-grantu/';
export const FM_UNIBA =
  'https://www.fm.uniba.sk/medzinarodne-vztahy/erasmus/e-studium-odchadzajuci-studenti/vyska-grantu/';

// SI01
export const UNI_LJ =
  'https://www.uni-lj.si/studij/izmenjave/programi-erasmus/mobilnost-za-studij/financiranje';
export const TSCMB = 'https://www.tscmb.si/visja-strokovna-sola/erasmus/erasmus-za-studente/';

// HU01
export const CORVINUS =
  'https://www.uni-corvinus.hu/post/hir/the-available-scholarship-amounts-for-the-erasmus-programme-have-increased/?lang=en';

// HR01
export const STUDENTSKI =
  'https://www.studentski.hr/studenti/vijesti/raspisan-je-jos-jedan-erasmus-natjecaj-onima-koji-odaberu-zeleni-nacin-putovanja-dodatna-potpora';
export const UNICATH =
  'https://www.unicath.hr/ispravak-natjecaja-za-mobilnost-studenata-u-svrhu-studiranja-i-strucne-prakse-u-programskim-zemljama-u-okviru-erasmus-programa-u-akademskoj-godini-2020-2021';

// No national sheet
export const AGENCE_FR =
  'https://agence.erasmusplus.fr/bourse-erasmus-aide-financiere/bourse-erasmus-enseignement-superieur';
export const RTBF =
  'https://www.rtbf.be/info/societe/onpdp/argent/detail_erasmus-a-qui-s-adresser-pour-obtenir-une-bourse?id=9476373';
export const LU_LV =
  'https://www.lu.lv/sadarbiba/starptautiska-sadarbiba/erasmus-plus/studiju-mobilitate/erasmus-stipendija/';
export const RTU =
  'https://outgoingexchange.rtu.lv/contents/content/22-stipendiju-apjomi-un-nosacijumi';
export const VFU = 'https://erasmus.vfu.bg/grant.php';
export const UL_IE =
  'https://www.ul.ie/international/erasmus/outgoing-erasmus/erasmus-mobility-grant';
export const EURIRELAND_FAQ = 'https://eurireland.ie/faq';
export const MAASTRICHT =
  'https://www.maastrichtuniversity.nl/support/during-your-studies/studying-outside-netherlands/scholarships-students-going-abroad/erasmus';
