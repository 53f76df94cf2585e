/**
 * Source URLs of the rule packs and of the rules' citations (`citations.ts`), each named once:
 * public pages (National Agencies, the European Commission's Beneficiary Module wiki,
 * universities, press) that quote the Erasmus+ Programme Guide, and the legal act. The rendered
 * snapshots `docs/rules/<year>.md` list them per figure. Private.
 *
 * @module
 */

// Higher education: durations and cycle
export const IKY_HE = 'https://iky.gr/en/?p=47392';
export const NL_KA131 =
  'https://erasmusplus.nl/subsidie/hoger-onderwijs/mogelijkheden/mobiliteit/mobiliteit-ka131';
export const PPKE = 'https://ppke.hu/en/about-the-programme-12';
export const UTH = 'https://erasmus.uth.gr/en/intl-mobility-en/international-mobility-info';
export const EURIRELAND = 'https://eurireland.ie/blended-intensive-programmes';
export const SAARLAND = 'https://uni-saarland.de/global/go-out/praktikum/erasmus.html';
export const FU_BERLIN_STUDENTS =
  'https://www.fu-berlin.de/studium/international/studium_ausland/erasmus_praktikum/foerderung/index.html';
export const EWP_XSD =
  'https://github.com/erasmus-without-paper/ewp-specs-api-bm-mobilities/blob/7af912686d0572e5b51097ecd280e9ce30f8bf2d/endpoints/report-request.xsd';
export const STARC = 'https://starc.cyi.ac.cy/index.php/student-mobilities.html';
export const SANKO = 'https://www.sanko.edu.tr/en/erasmus/staj-hareketliligi/';
export const RIT_CROATIA = 'http://www.croatia.rit.edu/students-mobility/';
export const THF_PADERBORN = 'https://www.thf-paderborn.de/studium/erasmus/personalmobilitaeten/';
export const PIRIREIS =
  'https://international.pirireis.edu.tr/erasmus/staff-mobility-for-training/';
export const GIDATARIM_STAFF = 'https://erasmus.gidatarim.edu.tr/pages/sure-hibe-hesap-personel';
export const CRI_UTCB =
  'https://cri.utcb.ro/en/erasmus-office/erasmus-studenti/mobilitati-de-scurta-durata';
export const UPJS =
  'https://www.upjs.sk/en/university/international-relations/erasmus-plus-mobilities/sms-information-prospective-applicants/';
export const FU_BERLIN_STAFF =
  'https://fu-berlin.de/international/faculty-staff/mobility-staff/erasmus-europe/Foerderung/index.html';
export const FU_BERLIN_STAFF_EN =
  'https://fu-berlin.de/en/international/faculty-staff/mobility-staff/erasmus-europe/Foerderung/index.html';
export const EC_TRAVEL_DAYS = 'https://wikis.ec.europa.eu/x/UINTC';
export const SRH = 'https://srh-university.de/de/dein-studium/international-office/stipendien';
export const RUB = 'https://international.ruhr-uni-bochum.de/de/erasmus-sonderfoerderungen';
export const FH_JOANNEUM =
  'https://www.fh-joanneum.at/en/international/outgoing-students/fewer-opportunities-green-travel/';
export const BIP_WIKI =
  'https://wikis.ec.europa.eu/display/NAITDOC/Blended+Intensive+Programmes+in+KA131+Higher+Education+projects';
export const ESDA = 'https://esda.es/en/call-for-proposals-bip-erasmus-project';
export const KEMPTEN =
  'https://www.hs-kempten.de/en/international/international-university/erasmus-programme/erasmus-blended-intensive-programmes';
export const KONSTANZ =
  'https://www.psychologie.uni-konstanz.de/en/research/international/erasmus-blended-intensive-programs/';

// Higher education: rates
export const LETUDIANT =
  'https://www.letudiant.fr/etudes/international/le-montant-des-bourses-erasmus-pour-les-etudiants-en-mobilite.html';
export const TRAVELIUX =
  'https://traveliux.com/2022/06/16/the-variety-of-erasmus-grants-for-cellular-college-students/';
export const ESPOL = 'https://espol-presse.fr/?p=1605';
export const MFJA = 'https://mfja.fr/erasmus-bourse-mobilite-montant-guide-complet-aides';
export const PW_EDU = 'https://erasmus.pw.edu.pl/erasmusen/Outgoing-students/Studies/Grant-rate';
export const GIDATARIM = 'https://erasmus.gidatarim.edu.tr/pages/hibe-miktarlari';
export const INCLUSIVE_DE = 'https://inclusivemobility.eu/countries/de';
export const UMANRESA = 'https://www.umanresa.cat/ca/internacional/out/beques/erasmus-estudi';
export const CARISSMA =
  'https://carissma.eu/studium/auslandsaufenthalt/studium-im-ausland/schritt-4-finanzierung';
export const UBI =
  'https://www.ubi.pt/entidade/estagios_outgoing_erasmus_longa_duracao_bolsas_erasmus';
export const LA1ERE =
  'https://la1ere.francetvinfo.fr/polynesie/tahiti/polynesie-francaise/programme-erasmus-14-000-ultramarins-deja-partis-se-former-dans-l-union-europeenne-1483721.html';
export const UMP = 'http://ump.edu.pl/erasmus-2021-2027/stawki';
export const PANSIM =
  'https://pansim.edu.pl/erasmus-plus/wyjazdy-student%C3%B3w-na-studia-sms-i-na-praktyk%C4%99-smp-smt-%E2%80%93-stawki-miesi%C4%99czne';
export const HS_HANNOVER =
  'https://typo3backend-live.hs-hannover.de/internationales/wege-ins-ausland/studierende/erasmus-studierendenmobilitaet/erasmus-praktikum-smp';
export const AMH = 'https://www.amh.edu.pl/erasmus/wyjazdy-studentow/wysokosc-grantu/';
export const OSMANIYE =
  'https://www.osmaniye.edu.tr/tr/erasmus/menuler/staj-hareketliligi/staj-hareketliligi/11348-staj-hareketliligi-hibe-miktarlari';
export const HFOEV_BREMEN =
  'https://www.hfoev.bremen.de/international/internationalitaet-des-studiums/foerderungsmoeglichkeiten-9353';
export const KOZMINSKI =
  'https://www.kozminski.edu.pl/en/international-exchange-students-fewer-opportunities';
export const AKDENIZ =
  'https://uio.akdeniz.edu.tr/tr/erasmus_ogrenci_hareketliligine_iliskin_hibe_miktarlari-3208';
export const UNIBS =
  'https://www.unibs.it/it/ateneo/comunicazione/tutte-le-faq/quanto-ammonta-la-borsa-erasmus';
export const UCTM = 'https://erasmus.uctm.edu/2022-1-bg01-ka131-hed-000060529';
export const WUR =
  'https://www.wur.nl/en/education-programmes/study-abroad-and-exchange-students/outgoing-from-wageningen-university/top-up-amount-to-individual-support-for-green-travel.htm';
export const HTWG =
  'https://www.htwg-konstanz.de/studium/internationales-studium/erasmus/studentinnenmobilitaet';
export const ZUT =
  'https://www.erasmusplus.zut.edu.pl/pol/wyjazdy-stypendialne-dla-studentow-i-doktorantow/studia/stawki.html';
export const BRUCKNER =
  'https://www.bruckneruni.at/en/university/international-relations/erasmus/erasmus-special-grants-2021-2027';
export const RESEARCH_PROFESSIONAL =
  'https://www.researchprofessionalnews.com/rr-news-europe-universities-2023-11-eu-opens-4-3bn-erasmus-call-for-2024/';
export const KTU_2024 =
  'http://193.140.245.9/erasmus/konu/view?id=11865&title=ogrenci-ogrenim-hareketliligi---2024-sozlesme-donemi';
export const SPORT_ES =
  'https://www.sport.es/es/noticias/actualidad/buenas-noticias-usuarios-beca-erasmus-2024-101079192';
export const UNIPI =
  'https://www.dst.unipi.it/assegni/item/2110-https-www-unipi-it-index-php-opportunita-all-estero-item-23244.html';
export const IBU_STAFF = 'https://iro.ibu.edu.mk/grants-staff-outgoing-mobility/';
export const SABANCI = 'https://iro.sabanciuniv.edu/en/staff/exchange/administrative/grants';
export const TRABZON = 'https://erasmus.trabzon.edu.tr/S/4484/personel-hibe-sozlesmesi';
export const VIZJA = 'https://erasmus.vizja.pl/dofinansowanie/';
export const HS_MANNHEIM =
  'https://www.hs-mannheim.de/die-hochschule/internationales/international-office/auslandsaufenthalte-outgoing/schritt-6-finanzierung/erasmus/erasmus-stt.html';
export const OPOLE = 'https://erasmusplus.uni.opole.pl/en/?p=6568';
export const PO_EDU =
  'https://dwm.po.edu.pl/index.php/pl/program-erasmus/wyjazdy-pracownikow-uczelni/administracja-stt';
export const HAW_LANDSHUT =
  'https://www.haw-landshut.de/hochschule/zentrale-services/dozentenmobilitaet/finanzierung-outgoing-mobilitaet.html';
export const USIENA = 'https://usienaicm.unisi.it/scholarships/';
export const ITU_KA131 =
  'http://erasmus.itu.edu.tr/personel-hareketliligi/ka-131-program-ulkeleri/hibe-desteği';
export const TUKE = 'https://erasmus.tuke.sk/grants-staff/';
export const OS_WIKI =
  'https://wikis.ec.europa.eu/spaces/NAITDOC/pages/177047649/KA131+Organisational+support+unit+costs';
export const OS_WIKI_SOURCE =
  'https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=161055671';
export const INCLUSION_ORG_2024 =
  'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=177047363&selectedPageVersions=1&selectedPageVersions=2';
export const INCLUSION_ORG_SPORT =
  'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=207454506&selectedPageVersions=3&selectedPageVersions=2';
export const IKY_INCLUSION = 'https://iky.gr/en/?p=46347';
export const EXCEPTIONAL_TRAVEL_WIKI =
  'https://wikis.ec.europa.eu/display/NAITDOC/Exceptional+Cost+for+Expensive+Travel';
export const EXCEPTIONAL_TRAVEL_WIKI_DIFF =
  'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=33529687&selectedPageVersions=8&selectedPageVersions=9';
export const YILDIZ =
  'https://erasmus.yildiz.edu.tr/sayfa/KA-107-%c3%96%c4%9frenim-Hareketlili%c4%9fi--AB-D%c4%b1%c5%9f%c4%b1-Partner-%c3%9clkeler-/Hibe-Miktarlar%c4%b1/346';
export const PRZ = 'https://dwm.prz.edu.pl/en/erasmuspartner-countries/rates';
export const UACG =
  'https://uacg.bg/index.php/news/img/gallery/filebank/filebank/att_28563.pdf?l=2&p=536';
export const KATOWICE =
  'https://www.ue.katowice.pl/jednostki/biuro-wspolpracy-miedzynarodowej/dzial-programow-miedzynarodowych/stypendia-dla-studentow/erasmus-wyjazdy-na-studia-do-krajow-partnerskich/dofinansowanie.html';
export const UAV =
  'https://uav.ro/fr/internationalisation/erasmus/mobilités-erasmus-avec-des-pays-non-membres-de-lue-pays-partenaires';
export const ITU_KA171 =
  'https://erasmus.itu.edu.tr/en/staff-mobility/ka-171-partner-countries/grants';
export const AKSIM =
  'https://www.aksim.edu.pl/akademia/bwmim/erasmus/wyjazdy-pracownikow/stypendium/';
export const AUTH = 'https://eurep.auth.gr/en/staff/international/teaching/grants';
export const RU_NL =
  'https://www.ru.nl/radboudinternational/english/staff/staff-mobility/erasmus-green-travel-support/';
export const IBU_GRANTS = 'https://iro.ibu.edu.mk/grants-staff-outgoing-mobility/';
export const YILDIZ_2022 = YILDIZ;
export const OVGU = 'https://www.ovgu.de/-p-74044';
export const HIOF =
  'https://hiof.no/for-ansatte/english/work-support/erasmus-staff-mobility/ratesformobilitygrants.html';
export const PEF_CZU =
  'https://www.pef.czu.cz/cs/r-7010-mezinarodni-vztahy/r-7037-erasmus/r-19217-7-ucastnicka-smlouva-a-stipendium';

// VET, school, adult education
export const IKY_VET =
  'https://iky.gr/en/vocational-education-and-training/ka1-mobility-activities-vocational-education-and-training';
export const IKY_ADU = 'https://iky.gr/en/?p=44734';
export const EURYDICE_ES =
  'https://eurydice.eacea.ec.europa.eu/national-education-systems/spain/mobility-adult-education-and-training';
export const EURYDICE_LT =
  'https://eurydice.eacea.ec.europa.eu/national-education-systems/lithuania/mobility-adult-education-and-training';
export const GRADOMANIA =
  'https://www.gradomania.com/noticias_universitarias/erasmus-para-estudiantes-de-formacion-profesional-becas-y-practicas-org-7333.html';
export const PAPERTURN =
  'https://paperturn-view.com/ppli/lc-exchange-guide-school-toolkit?p=22&pid=MzE311580';
export const FIDAE_PUPILS = 'https://www.fidae.it/erasmus-plus-scuola/mobilita-alunni/';
export const EC_PUPILS =
  'https://erasmus-plus.ec.europa.eu/opportunities/individuals/pupil-mobility';
export const SHIPCON = 'https://shipcon.eu.com/erasmus-school-mobilities/';
export const EUROGUIDANCE_LV =
  'https://euroguidance.viaa.gov.lv/mod/book/tool/print/index.php?chapterid=1696&id=239';
export const BM_VET_GROUP = 'https://wikis.ec.europa.eu/pages/viewpage.action?pageId=62947500';
export const LOCZLUCHOW =
  'https://www.loczluchow.pl/zycie-szkolne/erasmus/o-projekcie/stawki-jednostkowe';
export const TENERIFE =
  'https://tenerifecourses.com/course-registration/costs-covered-by-erasmus-grant';
export const ERASMUS_PRAGUE = 'https://erasmus-prague.cz/course-fee-and-billing/';
export const KA1_COURSES = 'https://arletteshohmelian.podia.com/ka1-funding-courses';
export const HYRIA = 'https://www.hyria.fi/going-abroad-erasmus-apurahan-laskeminen';
export const INDIRE_2022 =
  'https://123dok.org/document/y6epvlpg-erasmus-call-ka-regole-finanziarie.html';
export const OEAD_SCH =
  'https://erasmusplus.oead.at/de/schulbildung/mobilitaet-akkreditierung/gefoerderte-kosten';
export const OEAD_VET =
  'https://erasmusplus.oead.at/de/berufsbildung/mobilitaet-kurzfristige-projekte/gefoerderte-kosten';
export const T_UBM = 'https://sites.google.com/view/t-ubm/how-to-start';
export const QUARTERMEDIATION =
  'https://www.quartermediation.eu/erasmus-plus-courses/grant-information/';
export const EXCEPTIONAL_COSTS_WIKI =
  'https://wikis.ec.europa.eu/display/NAITDOC/Exceptional+costs';
export const OEAD_YOUTH =
  'https://erasmusplus.oead.at/de/jugend/ka1-akkreditierung/gefoerderte-kosten';
export const NAEP_CZ_VET =
  'https://www.naerasmusplus.cz/cz/mobilita-osob-odborne-vzdelavani/cestovni-naklady/';
export const EURODESK_VET =
  'https://eurodesk.lu/database/erasmuskey-action1-mobility-project-for-vocational-education-and-training-for-learners/';
export const ERASMUS_COURSES_2026 =
  'https://erasmus.courses/blog/erasmus-2026-programme-guide-key-changes-ka1-ka2-deadlines';
export const BM_APPLICABLE_RATES =
  'https://wikis.ec.europa.eu/pages/viewpage.action?pageId=180000453';
export const BM_APPLICABLE_RATES_SOURCE =
  'https://wikis.ec.europa.eu/plugins/viewsource/viewpagesrc.action?pageId=179996406';
export const ACA_2026 = 'https://aca-secretariat.be/?p=36525';

// Call 2024, re-checked in December 2026
export const UNI_KOBLENZ =
  'https://uni-koblenz.de/de/international/outgoings/studierende/kurzzeitaufenthalte';
export const TU_FREIBERG =
  'https://tu-freiberg.de/en/university/organization/facilities/international-university-center/erasmus/erasmus-studies-0';
export const BOKU_SHORT_TERM =
  'https://boku.ac.at/international/themen/boku-students-going-international/erasmus-kurzzeitmobilitaeten/zuschuesse';
export const ZUT_KA171 =
  'https://erasmuska171.zut.edu.pl/pol/wyjazdy-dydaktyczne/stawki-stypendialne.html';
export const SUBU_KA171 = 'https://erasmus.subu.edu.tr/tr/node/738';
export const EHU_KA107 =
  'https://www.ehu.eus/en/web/nazioarteko-harremanak/en-2019-international-credit-mobility-project';
export const ELDIARIO =
  'https://eldiario.es/sociedad/programa-erasmus-sube-ayudas-mensuales-universidades-alemania-austria-belgica_1_11294445.html';
export const LARAZON =
  'https://www.larazon.es/sociedad/novedades-becas-erasmus-202425-suben-cuantias-incluye-transporte_20240415661cfb268e6602000163c145.html';
export const INFOBAE =
  'https://www.infobae.com/espana/2024/08/31/beca-erasmus-este-es-el-dinero-que-te-daran-en-funcion-del-pais-al-que-vayas';
export const LAWINSIDER = 'https://lawinsider.com/it/clause/importo-della-borsa-di-mobilità';
export const KILIS = 'https://erasmus.kilis.edu.tr/en/page/5424';
export const EC_TRAVEL_DAYS_DIFF =
  'https://wikis.ec.europa.eu/pages/diffpages.action?originalId=143437476&pageId=143437479';
export const PADERBORN_TRAVEL =
  'https://uni-paderborn.de/studium/international-office/austauschstudierende-outgoing/finanzierung/erasmus-auslandsstudium-sms/sonderfoerderungen';
export const TUEBINGEN_GREEN = 'https://uni-tuebingen.de/zh/265185';

// Call 2025
export const UNION_RS_2025 =
  'https://union.edu.rs/sr/2025-1-rs01-ka131-hed-000334073-finansijska-podrska';
export const LUEBECK_TRAINEESHIP =
  'https://uni-luebeck.de/studium/international-office/wege-ins-ausland/praktikum-im-ausland/erasmus-programm.html';
export const TUEBINGEN_CIVIS_BIP =
  'https://uni-tuebingen.de/international/studieren-im-ausland/wege-ins-ausland/erasmus/erasmus-in-europa/erasmus-kurzzeitprogramme/civis-bip/finanzierung-von-civis-bip/';
export const UNIFE_BIP =
  'https://giuri.unife.it/unife/it/internazionale/studiare-allestero/blended-intensive-programme-bip/contributo-di-mobilita';
export const BTU = 'https://www.b-tu.de/leonardo/erasmus-foerderung-1';
export const MDW = 'https://www.mdw.ac.at/programmemobilities/erasmus-grants/mobility-grant/en/?l=';
export const KA121_OS_2025_WIKI =
  'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=192521028&selectedPageVersions=3&selectedPageVersions=2';
/** Answer E-002083/2025 of the Commission to a written question of the European Parliament (republished). */
export const EC_ANSWER_E002083 =
  'https://zealnews.africa/en/post/answer-to-a-written-question-equal-access-to-erasmus-and-discovereu-5o8ei';

// Cited by the eligibility and grant rules (see citations.ts)
/** Regulation (EU) 2021/817, the Erasmus+ Regulation, on EUR-Lex. */
export const REGULATION_2021_817 =
  'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=celex%3A32021R0817';
/** How the Beneficiary Module counts the Duration Calculated field (30/360). */
export const DURATION_WIKI =
  'https://wikis.ec.europa.eu/display/NAITDOC/Duration+Calculated+%28days%29+field+in+KA131+mobility+activities';
export const BIP_LINK_WIKI =
  'https://wikis.ec.europa.eu/display/NAITDOC/Link+a+mobility+activity+in+a+KA131+or+KA171+project+to+a+Blended+intensive+programme';
export const INCLUSION_SUPPORT_WIKI =
  'https://wikis.ec.europa.eu/spaces/NAITDOC/pages/177045585/Inclusion+support+for+organisations';
/** Force majeure lifts the minimum duration. */
export const FORCE_MAJEURE_WIKI_DIFF =
  'https://wikis.ec.europa.eu/pages/diffpagesbyversion.action?pageId=86967514&selectedPageVersions=5&selectedPageVersions=4';
export const GIDATARIM_DURATION = 'https://erasmus.gidatarim.edu.tr/en/pages/sure-hibe-hesap';
export const EUPA_KA171 = 'https://eupa.org.mt/he-international-mobility-qa-ka131-ka171/';
export const ERASMUSPLUS_RS_HE =
  'https://erasmusplus.rs/higher-education/mobility-projects-for-higher-education-students-and-staff/';
export const IKY_KA171 = 'https://iky.gr/en/?p=47402';
export const EUC_KA131 =
  'https://erasmus.euc.ac.cy/international-credit-mobility/international-dimension-of-ka131-action/';
export const MARBURG =
  'https://uni-marburg.de/de/international/ins-ausland/studierende/finanzierung/erasmus-europa/erasmus-mobilitaetsfoerderung-neu';
