import { PartnerRole, PartnerSector } from './entities/partner';

const { CARD_DISTRIBUTOR: D, CULTURE_PARTNER: C } = PartnerRole;
const { PUBLIC, PRIVATE, THIRD_SECTOR: THIRD } = PartnerSector;

/** A venue: street address, postal code, municipality code, latitude, longitude. */
export type DemoVenue = [string, string, string, number, number];

export interface DemoPartner {
  key: string;
  area: string;
  name: [string, string, string];
  roles: PartnerRole[];
  sector: PartnerSector;
  categories: string[];
  venue: DemoVenue;
  website?: string;
  /** Not every partner has accepted the national operating principles yet. */
  principles?: boolean;
  /** A partner that has left the network stays registered but inactive. */
  active?: boolean;
}

const p = (key: string, area: string, name: [string, string, string], roles: PartnerRole[], sector: PartnerSector, categories: string[], venue: DemoVenue, extra: Partial<DemoPartner> = {}): DemoPartner =>
  ({ key, area, name, roles, sector, categories, venue, ...extra });

/**
 * The demo network: 80 partners in the 8 demo areas. The first 20 keys (and their areas and
 * sectors) are referenced by the cards seed and tests: keep them.
 */
export const DEMO_PARTNERS: DemoPartner[] = [
  p('hki-kaupunginteatteri', 'helsinki', ['Helsingin Kaupunginteatteri', 'Helsingfors stadsteater', 'Helsinki City Theatre'], [C], PRIVATE, ['culture.theatre'], ['Eläintarhantie 5', '00530', '091', 60.1836, 24.9368], { website: 'https://hkt.fi' }),
  p('kansallismuseo', 'helsinki', ['Kansallismuseo', 'Nationalmuseum', 'National Museum of Finland'], [C], PUBLIC, ['culture.museum'], ['Mannerheimintie 34', '00100', '091', 60.1748, 24.9318], { website: 'https://kansallismuseo.fi' }),
  p('hki-tyovaenopisto', 'helsinki', ['Helsingin työväenopisto', 'Helsingfors arbetarinstitut', 'Helsinki Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre'], ['Helsinginkatu 26', '00530', '091', 60.1875, 24.9497]),
  p('hki-sosiaalipalvelut', 'helsinki', ['Helsingin aikuissosiaalityö', 'Helsingfors socialarbete för vuxna', 'Helsinki Adult Social Work'], [D], PUBLIC, [], ['Toinen linja 4 A', '00530', '091', 60.1847, 24.9446]),
  p('diakonissalaitos', 'helsinki', ['Diakonissalaitos', 'Diakonissanstalten', 'Deaconess Foundation'], [D, C], THIRD, ['CULTURE'], ['Alppikatu 2', '00530', '091', 60.1868, 24.9448], { website: 'https://www.hdl.fi' }),
  p('heureka', 'vantaa', ['Tiedekeskus Heureka', 'Vetenskapscentret Heureka', 'Heureka Science Centre'], [C], THIRD, ['science.science-centre'], ['Tiedepuisto 1', '01300', '092', 60.2875, 25.0401], { website: 'https://www.heureka.fi' }),
  p('vantaan-kaupunginmuseo', 'vantaa', ['Vantaan kaupunginmuseo', 'Vanda stadsmuseum', 'Vantaa City Museum'], [C], PUBLIC, ['culture.museum'], ['Läntinen Valkoisenlähteentie 48', '01300', '092', 60.2925, 25.0372]),
  p('vantaan-sosiaalityo', 'vantaa', ['Vantaan aikuissosiaalityö', 'Vanda socialarbete för vuxna', 'Vantaa Adult Social Work'], [D], PUBLIC, [], ['Asematie 10', '01300', '092', 60.2931, 25.0410]),
  p('tampereen-teatteri', 'tampereen-seutu', ['Tampereen Teatteri', 'Tammerfors Teater', 'Tampere Theatre'], [C], PRIVATE, ['culture.theatre'], ['Keskustori 2', '33100', '837', 61.4983, 23.7610], { website: 'https://www.tampereenteatteri.fi' }),
  p('vapriikki', 'tampereen-seutu', ['Museokeskus Vapriikki', 'Museicentret Vapriikki', 'Vapriikki Museum Centre'], [C], PUBLIC, ['culture.museum'], ['Alaverstaanraitti 5', '33100', '837', 61.5013, 23.7563]),
  p('kalevan-uimahalli', 'tampereen-seutu', ['Kalevan uimahalli', 'Kaleva simhall', 'Kaleva Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Sammonkatu 60', '33540', '837', 61.4979, 23.8111]),
  p('tampereen-mielenterveysseura', 'tampereen-seutu', ['Tampereen Mielenterveysseura', 'Tammerfors mentalvårdsförening', 'Tampere Mental Health Association'], [D], THIRD, [], ['Hallituskatu 22', '33200', '837', 61.4995, 23.7539]),
  p('joensuun-kaupunginteatteri', 'pohjois-karjala', ['Joensuun kaupunginteatteri', 'Joensuu stadsteater', 'Joensuu City Theatre'], [C], PUBLIC, ['culture.theatre'], ['Rantakatu 20', '80100', '167', 62.6010, 29.7636]),
  p('carelicum', 'pohjois-karjala', ['Pohjois-Karjalan museo Hilkka', 'Norra Karelens museum Hilkka', 'North Karelia Museum Hilkka'], [C], PUBLIC, ['culture.museum'], ['Koskikatu 5', '80100', '167', 62.6003, 29.7588]),
  p('siun-sote', 'pohjois-karjala', ['Siun soten aikuissosiaalityö', 'Siun sote socialarbete för vuxna', 'Siun sote Adult Social Work'], [D], PUBLIC, [], ['Tikkamäentie 16', '80210', '167', 62.6135, 29.7330]),
  p('turun-kaupunginteatteri', 'turku', ['Turun Kaupunginteatteri', 'Åbo stadsteater', 'Turku City Theatre'], [C], PUBLIC, ['culture.theatre'], ['Itäinen Rantakatu 14', '20810', '853', 60.4460, 22.2810]),
  p('turun-filharmonia', 'turku', ['Turun filharmoninen orkesteri', 'Åbo filharmoniska orkester', 'Turku Philharmonic Orchestra'], [C], PUBLIC, ['culture.concert'], ['Ursininkatu 17', '20100', '853', 60.4490, 22.2600]),
  p('turun-mielenterveysyhdistys', 'turku', ['Turun Seudun Mielenterveysyhdistys', 'Åboregionens mentalvårdsförening', 'Turku Region Mental Health Association'], [D], THIRD, [], ['Kauppiaskatu 8', '20100', '853', 60.4518, 22.2706]),
  p('jyvaskylan-taidemuseo', 'keski-suomi', ['Jyväskylän taidemuseo', 'Jyväskylä konstmuseum', 'Jyväskylä Art Museum'], [C], PUBLIC, ['culture.museum'], ['Kauppakatu 23', '40100', '179', 62.2415, 25.7484]),
  p('keski-suomen-sosiaalipalvelut', 'keski-suomi', ['Keski-Suomen hyvinvointialueen sosiaalityö', 'Mellersta Finlands välfärdsområdes socialarbete', 'Central Finland Social Work'], [D], PUBLIC, [], ['Hannikaisenkatu 17', '40100', '179', 62.2390, 25.7530]),

  // Helsinki
  p('hki-kaupunginorkesteri', 'helsinki', ['Helsingin kaupunginorkesteri', 'Helsingfors stadsorkester', 'Helsinki Philharmonic Orchestra'], [C], PUBLIC, ['culture.concert'], ['Mannerheimintie 13 A', '00100', '091', 60.1731, 24.9360], { website: 'https://helsinginkaupunginorkesteri.fi' }),
  p('kansallisteatteri', 'helsinki', ['Suomen Kansallisteatteri', 'Finlands Nationalteater', 'Finnish National Theatre'], [C], THIRD, ['culture.theatre'], ['Läntinen teatterikuja 1', '00100', '091', 60.1715, 24.9446], { website: 'https://kansallisteatteri.fi' }),
  p('kansallisooppera', 'helsinki', ['Kansallisooppera ja -baletti', 'Nationaloperan och -baletten', 'Finnish National Opera and Ballet'], [C], PUBLIC, ['culture.concert', 'culture.dance'], ['Helsinginkatu 58', '00260', '091', 60.1819, 24.9301], { website: 'https://oopperabaletti.fi' }),
  p('ateneum', 'helsinki', ['Ateneumin taidemuseo', 'Konstmuseet Ateneum', 'Ateneum Art Museum'], [C], PUBLIC, ['culture.museum'], ['Kaivokatu 2', '00100', '091', 60.1703, 24.9443]),
  p('oodi', 'helsinki', ['Keskustakirjasto Oodi', 'Centrumbiblioteket Ode', 'Helsinki Central Library Oodi'], [C], PUBLIC, ['culture.library'], ['Töölönlahdenkatu 4', '00100', '091', 60.1738, 24.9381]),
  p('kino-regina', 'helsinki', ['Kino Regina', 'Kino Regina', 'Cinema Regina'], [C], PUBLIC, ['culture.cinema'], ['Töölönlahdenkatu 4', '00100', '091', 60.1738, 24.9381], { active: false }),
  p('savoy-teatteri', 'helsinki', ['Savoy-teatteri', 'Savoy-teatern', 'Savoy Theatre'], [C], PUBLIC, ['culture.concert'], ['Kasarmikatu 46–48', '00130', '091', 60.1661, 24.9470], { active: false }),
  p('hki-uimastadion', 'helsinki', ['Uimastadion', 'Simstadion', 'Helsinki Swimming Stadium'], [C], PUBLIC, ['sport.swimming-hall'], ['Hammarskjöldintie 5', '00250', '091', 60.1885, 24.9264], { principles: false }),
  p('helsingin-jaahalli', 'helsinki', ['Helsingin jäähalli', 'Helsingfors ishall', 'Helsinki Ice Hall'], [C], PRIVATE, ['sport.ice-rink', 'sport.sports-event'], ['Nordenskiöldinkatu 11–13', '00250', '091', 60.1888, 24.9210]),
  p('hki-pelastusarmeija', 'helsinki', ['Pelastusarmeijan Helsingin yksikkö', 'Frälsningsarmén i Helsingfors', 'Salvation Army Helsinki'], [D], THIRD, [], ['Uudenmaankatu 40', '00120', '091', 60.1622, 24.9377]),
  p('annantalo', 'helsinki', ['Annantalon taidekeskus', 'Konstcentret Annegården', 'Annantalo Arts Centre'], [C], PUBLIC, ['education.art-school'], ['Annankatu 30', '00100', '091', 60.1655, 24.9375]),
  p('tanssin-talo', 'helsinki', ['Tanssin talo', 'Dansens hus', 'Dance House Helsinki'], [C], THIRD, ['culture.dance'], ['Tallberginkatu 1', '00180', '091', 60.1626, 24.9125]),

  // Vantaa
  p('vantaan-taidemuseo-artsi', 'vantaa', ['Vantaan taidemuseo Artsi', 'Vanda konstmuseum Artsi', 'Vantaa Art Museum Artsi'], [C], PUBLIC, ['culture.museum'], ['Lummetie 2 B', '01300', '092', 60.2930, 25.0330]),
  p('vantaan-aikuisopisto', 'vantaa', ['Vantaan aikuisopisto', 'Vanda vuxeninstitut', 'Vantaa Adult Education Institute'], [C], PUBLIC, ['education.adult-education-centre'], ['Lummetie 2 B', '01300', '092', 60.2930, 25.0330]),
  p('martinus', 'vantaa', ['Martinus-sali', 'Martinussalen', 'Martinus Concert Hall'], [C], PUBLIC, ['culture.concert'], ['Martinlaaksontie 36', '01620', '092', 60.2789, 24.8436]),
  p('myyrmaen-uimahalli', 'vantaa', ['Myyrmäen uimahalli', 'Myrbacka simhall', 'Myyrmäki Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall', 'sport.gym'], ['Myyrmäentie 2', '01600', '092', 60.2614, 24.8540]),
  p('tikkurilan-teatteri', 'vantaa', ['Tikkurilan Teatteri', 'Dickursby teater', 'Tikkurila Theatre'], [C], THIRD, ['culture.theatre'], ['Kielotie 20', '01300', '092', 60.2924, 25.0427], { principles: false }),
  p('vantaan-sininauha', 'vantaa', ['Sininauhasäätiö Vantaa', 'Blåbandsstiftelsen i Vanda', 'Blue Ribbon Foundation Vantaa'], [D], THIRD, [], ['Peltolantie 2', '01300', '092', 60.2940, 25.0480]),

  // Turku
  p('aboa-vetus', 'turku', ['Aboa Vetus & Ars Nova', 'Aboa Vetus & Ars Nova', 'Aboa Vetus & Ars Nova'], [C], PRIVATE, ['culture.museum'], ['Itäinen Rantakatu 4–6', '20700', '853', 60.4504, 22.2744]),
  p('turun-kaupunginkirjasto', 'turku', ['Turun kaupunginkirjasto', 'Åbo stadsbibliotek', 'Turku City Library'], [C], PUBLIC, ['culture.library'], ['Linnankatu 2', '20100', '853', 60.4504, 22.2671]),
  p('turun-taidemuseo', 'turku', ['Turun taidemuseo', 'Åbo konstmuseum', 'Turku Art Museum'], [C], THIRD, ['culture.museum'], ['Aurakatu 26', '20100', '853', 60.4555, 22.2707]),
  p('impivaara', 'turku', ['Uimahalli Impivaara', 'Simhallen Impivaara', 'Impivaara Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Uimahallinpolku 4', '20320', '853', 60.4631, 22.2408]),
  p('turun-tyovaenopisto', 'turku', ['Turun suomenkielinen työväenopisto', 'Åbo finska arbetarinstitut', 'Turku Finnish Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre'], ['Kaskenkatu 5', '20700', '853', 60.4441, 22.2718]),
  p('abo-svenska-teater', 'turku', ['Åbo Svenska Teater', 'Åbo Svenska Teater', 'Åbo Swedish Theatre'], [C], THIRD, ['culture.theatre'], ['Aurakatu 10', '20100', '853', 60.4506, 22.2676]),
  p('turun-sosiaalipalvelut', 'turku', ['Turun aikuissosiaalityö', 'Åbo socialarbete för vuxna', 'Turku Adult Social Work'], [D], PUBLIC, [], ['Puolalankatu 5', '20100', '853', 60.4530, 22.2620]),

  // Tampere region
  p('tampere-talo', 'tampereen-seutu', ['Tampere-talo', 'Tammerforshuset', 'Tampere Hall'], [C], PUBLIC, ['culture.concert'], ['Yliopistonkatu 55', '33100', '837', 61.4955, 23.7799]),
  p('tampereen-tyovaen-teatteri', 'tampereen-seutu', ['Tampereen Työväen Teatteri', 'Tammerfors Arbetarteater', "Tampere Workers' Theatre"], [C], THIRD, ['culture.theatre'], ['Hämeenpuisto 32', '33200', '837', 61.4993, 23.7523]),
  p('sarkanniemen-planetaario', 'tampereen-seutu', ['Särkänniemen planetaario', 'Planetariet i Särkänniemi', 'Särkänniemi Planetarium'], [C], PRIVATE, ['science.planetarium'], ['Laiturikatu 1', '33230', '837', 61.5046, 23.7435]),
  p('metso', 'tampereen-seutu', ['Pääkirjasto Metso', 'Huvudbiblioteket Metso', 'Metso Main Library'], [C], PUBLIC, ['culture.library'], ['Pirkankatu 2', '33210', '837', 61.4990, 23.7540]),
  p('nokian-uimahalli', 'tampereen-seutu', ['Nokian uimahalli', 'Nokia simhall', 'Nokia Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Souranderintie 5', '37120', '536', 61.4739, 23.5044]),
  p('kangasala-talo', 'tampereen-seutu', ['Kangasala-talo', 'Kangasalahuset', 'Kangasala Arts Centre'], [C], PUBLIC, ['culture.concert'], ['Kuohunlahdentie 2', '36200', '211', 61.4634, 24.0700]),
  p('tampereen-sininauha', 'tampereen-seutu', ['Sininauha Tampere', 'Blåbandet i Tammerfors', 'Blue Ribbon Tampere'], [D], THIRD, [], ['Itsenäisyydenkatu 21', '33500', '837', 61.5020, 23.7890]),
  p('hakametsa', 'tampereen-seutu', ['Hakametsän jäähalli', 'Hakametsä ishall', 'Hakametsä Ice Hall'], [C], PUBLIC, ['sport.ice-rink'], ['Keltinkatu 2', '33500', '837', 61.5034, 23.8176]),
  p('sampola-opisto', 'tampereen-seutu', ['Työväenopisto Sampola', 'Arbetarinstitutet Sampola', 'Sampola Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre'], ['Sammonkatu 2', '33540', '837', 61.5005, 23.7823]),

  // North Karelia
  p('joensuun-kaupunginorkesteri', 'pohjois-karjala', ['Joensuun kaupunginorkesteri', 'Joensuu stadsorkester', 'Joensuu City Orchestra'], [C], PUBLIC, ['culture.concert'], ['Rantakatu 31', '80100', '167', 62.6000, 29.7690]),
  p('joensuun-paakirjasto', 'pohjois-karjala', ['Joensuun pääkirjasto', 'Joensuu huvudbibliotek', 'Joensuu Main Library'], [C], PUBLIC, ['culture.library'], ['Koskikatu 25', '80100', '167', 62.6004, 29.7566]),
  p('pielisen-museo', 'pohjois-karjala', ['Pielisen museo', 'Pielinens museum', 'Pielinen Museum'], [C], PUBLIC, ['culture.museum'], ['Pappilantie 2', '81720', '422', 63.3184, 30.0291]),
  p('uimahalli-vesikko', 'pohjois-karjala', ['Uimahalli Vesikko', 'Simhallen Vesikko', 'Vesikko Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall', 'sport.gym'], ['Kirkkokatu 33', '80100', '167', 62.6031, 29.7700]),
  p('joensuun-kansalaisopisto', 'pohjois-karjala', ['Joensuun seudun kansalaisopisto', 'Joensuuregionens medborgarinstitut', 'Joensuu Region Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre'], ['Koskikatu 1', '80100', '167', 62.6000, 29.7600]),
  p('joensuun-mielenterveysseura', 'pohjois-karjala', ['Joensuun Seudun Mielenterveysseura', 'Joensuuregionens mentalvårdsförening', 'Joensuu Region Mental Health Association'], [D], THIRD, [], ['Papinkatu 2', '80110', '167', 62.6010, 29.7570]),

  // Central Finland
  p('jyvaskylan-kaupunginteatteri', 'keski-suomi', ['Jyväskylän kaupunginteatteri', 'Jyväskylä stadsteater', 'Jyväskylä City Theatre'], [C], PUBLIC, ['culture.theatre'], ['Vapaudenkatu 36', '40100', '179', 62.2424, 25.7457]),
  p('jyvaskyla-sinfonia', 'keski-suomi', ['Jyväskylä Sinfonia', 'Jyväskylä Sinfonia', 'Jyväskylä Symphony Orchestra'], [C], PUBLIC, ['culture.concert'], ['Kilpisenkatu 4', '40100', '179', 62.2420, 25.7390]),
  p('keski-suomen-museo', 'keski-suomi', ['Keski-Suomen museo', 'Mellersta Finlands museum', 'Museum of Central Finland'], [C], PUBLIC, ['culture.museum'], ['Alvar Aallon katu 7', '40600', '179', 62.2343, 25.7371]),
  p('aaltoalvari', 'keski-suomi', ['AaltoAlvarin uimahalli', 'AaltoAlvari simhall', 'AaltoAlvari Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Hannikaisenkatu 23', '40100', '179', 62.2380, 25.7520]),
  p('jyvaskylan-kansalaisopisto', 'keski-suomi', ['Jyväskylän kansalaisopisto', 'Jyväskylä medborgarinstitut', 'Jyväskylä Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre', 'education.art-school'], ['Kilpisenkatu 8', '40100', '179', 62.2415, 25.7405]),
  p('aanekosken-kirjasto', 'keski-suomi', ['Äänekosken kaupunginkirjasto', 'Äänekoski stadsbibliotek', 'Äänekoski City Library'], [C], PUBLIC, ['culture.library'], ['Hallintokatu 2', '44100', '992', 62.6036, 25.7263]),
  p('jamsan-jaahalli', 'keski-suomi', ['Jämsän jäähalli', 'Jämsä ishall', 'Jämsä Ice Hall'], [C], PUBLIC, ['sport.ice-rink'], ['Urheilukuja 2', '42100', '182', 61.8640, 25.1900], { principles: false }),
  p('jyvaskylan-katulahetys', 'keski-suomi', ['Jyväskylän Katulähetys', 'Jyväskylä gatumission', 'Jyväskylä Street Mission'], [D], THIRD, [], ['Matarankatu 4', '40100', '179', 62.2390, 25.7600]),

  // Oulu (planning: not in the public directory yet)
  p('oulun-kaupunginteatteri', 'oulu', ['Oulun kaupunginteatteri', 'Uleåborgs stadsteater', 'Oulu City Theatre'], [C], PUBLIC, ['culture.theatre'], ['Kaarlenväylä 2', '90100', '564', 65.0142, 25.4653], { principles: false }),
  p('tietomaa', 'oulu', ['Tiedekeskus Tietomaa', 'Vetenskapscentret Tietomaa', 'Tietomaa Science Centre'], [C], PUBLIC, ['science.science-centre'], ['Nahkatehtaankatu 6', '90130', '564', 65.0110, 25.4842], { principles: false }),
  p('oulun-taidemuseo', 'oulu', ['Oulun taidemuseo', 'Uleåborgs konstmuseum', 'Oulu Art Museum'], [C], PUBLIC, ['culture.museum'], ['Kasarmintie 7', '90130', '564', 65.0119, 25.4850], { principles: false }),
  p('raksilan-uimahalli', 'oulu', ['Raksilan uimahalli', 'Raksila simhall', 'Raksila Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Sairaalanpuisto 1', '90100', '564', 65.0105, 25.4950], { principles: false }),
  p('oulun-sosiaalityo', 'oulu', ['Oulun aikuissosiaalityö', 'Uleåborgs socialarbete för vuxna', 'Oulu Adult Social Work'], [D], PUBLIC, [], ['Torikatu 10', '90100', '564', 65.0130, 25.4700], { principles: false }),
  p('kempeleen-kirjasto', 'oulu', ['Kempeleen kirjasto', 'Kempele bibliotek', 'Kempele Library'], [C], PUBLIC, ['culture.library'], ['Zeppelinintie 1', '90450', '244', 64.9130, 25.5080], { principles: false }),

  // Kymenlaakso (paused)
  p('vellamo', 'kymenlaakso', ['Merikeskus Vellamo', 'Maritimcentret Vellamo', 'Maritime Centre Vellamo'], [C], PUBLIC, ['culture.museum', 'SCIENCE'], ['Tornatorintie 99', '48100', '285', 60.4633, 26.9380]),
  p('kouvolan-teatteri', 'kymenlaakso', ['Kouvolan Teatteri', 'Kouvola teater', 'Kouvola Theatre'], [C], THIRD, ['culture.theatre'], ['Varuskuntakatu 11', '45100', '286', 60.8660, 26.7020]),
  p('kymi-sinfonietta', 'kymenlaakso', ['Kymi Sinfonietta', 'Kymi Sinfonietta', 'Kymi Sinfonietta'], [C], PUBLIC, ['culture.concert'], ['Keskuskatu 33', '48100', '285', 60.4670, 26.9430]),
  p('kotkan-uimahalli', 'kymenlaakso', ['Kotkan uimahalli', 'Kotka simhall', 'Kotka Swimming Hall'], [C], PUBLIC, ['sport.swimming-hall'], ['Urheilijankatu 4', '48100', '285', 60.4740, 26.9300]),
  p('kymenlaakson-sosiaalityo', 'kymenlaakso', ['Kymenlaakson hyvinvointialueen sosiaalityö', 'Kymmenedalens välfärdsområdes socialarbete', 'Kymenlaakso Social Work'], [D], PUBLIC, [], ['Kotkankatu 11', '48100', '285', 60.4680, 26.9450]),
  p('haminan-kansalaisopisto', 'kymenlaakso', ['Haminan kansalaisopisto', 'Fredrikshamns medborgarinstitut', 'Hamina Adult Education Centre'], [C], PUBLIC, ['education.adult-education-centre'], ['Puistokatu 2', '49400', '075', 60.5690, 27.1980]),
];

/** An offer of each kind of venue: [kind, fi, sv, en, cap]. */
export const OFFER_BY_CATEGORY: Record<string, [string, string, string, string, { kind: string; amount?: number; percent?: number; capacity?: number } | null]> = {
  'culture.theatre': ['TICKET', 'Näytökset', 'Föreställningar', 'Performances', { kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 400 }],
  'culture.concert': ['TICKET', 'Konsertit', 'Konserter', 'Concerts', { kind: 'PER_EVENT', amount: 10 }],
  'culture.museum': ['TICKET', 'Museokäynti', 'Museibesök', 'Museum visit', null],
  'culture.cinema': ['TICKET', 'Elokuvanäytökset', 'Filmvisningar', 'Film screenings', { kind: 'PER_EVENT', amount: 4 }],
  'culture.library': ['OTHER', 'Kirjaston tapahtumat', 'Bibliotekets evenemang', 'Library events', null],
  'culture.dance': ['TICKET', 'Tanssiesitykset', 'Dansföreställningar', 'Dance performances', { kind: 'SHARE_OF_CAPACITY', percent: 5, capacity: 200 }],
  'education.adult-education-centre': ['COURSE_PLACE', 'Kurssipaikat', 'Kursplatser', 'Course places', { kind: 'PER_PERIOD', amount: 20 }],
  'education.art-school': ['COURSE_PLACE', 'Taidekurssit', 'Konstkurser', 'Art courses', { kind: 'PER_PERIOD', amount: 10 }],
  'science.science-centre': ['TICKET', 'Pääsylippu', 'Inträdesbiljett', 'Admission', { kind: 'PER_PERIOD', amount: 300 }],
  'science.planetarium': ['TICKET', 'Planetaarionäytökset', 'Planetarievisningar', 'Planetarium shows', { kind: 'PER_EVENT', amount: 5 }],
  'sport.swimming-hall': ['TICKET', 'Uintikerta', 'Simtur', 'Swim', null],
  'sport.gym': ['TICKET', 'Kuntosalikäynti', 'Gymbesök', 'Gym visit', null],
  'sport.ice-rink': ['TICKET', 'Yleisöluistelu', 'Allmänhetens skridskoåkning', 'Public skating', null],
  'sport.sports-event': ['TICKET', 'Ottelut', 'Matcher', 'Matches', { kind: 'PER_EVENT', amount: 20 }],
};

export const DEMO_CONTACT_NAMES = ['Anna Virtanen', 'Mikko Korhonen', 'Laura Nieminen', 'Jussi Mäkinen', 'Sanna Hämäläinen', 'Timo Laine', 'Eeva Heikkinen', 'Antti Koskinen'];
