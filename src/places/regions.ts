// Hand-set entries for what GeoNames' populated places lack: named regions (coded at
// province precision, at the centroid of member towns from the data), city
// neighbourhoods and suburbs (coded to their city at town precision), and spellings
// the data is missing for places it has. Every geonameid here was checked against
// the cities500 rows (name, admin1, coordinates).

export interface RegionDef {
  slug: string;
  name: string;
  aliases: string;
  /** Province the region lies in ("SY.08"). */
  admin1: string;
  /** geonameids of towns in the region; their mean position is the region's. */
  members: readonly number[];
}

export const REGIONS: readonly RegionDef[] = [
  {
    slug: "eastern-ghouta",
    name: "Eastern Ghouta",
    aliases: "East Ghouta|Eastern Gouta|Eastern Ghuta|Ghouta al-Sharqiya|eastern Ghouta",
    admin1: "SY.08",
    // Duma, Harasta, Irbin, Kafr Batna, Al Mulayhah, An Nashabiyah.
    members: [170592, 169897, 169372, 168713, 173434, 173178],
  },
  {
    slug: "western-ghouta",
    name: "Western Ghouta",
    aliases: "West Ghouta",
    admin1: "SY.08",
    // Darayya, Sahnaya, Qatana.
    members: [170892, 164994, 165929],
  },
  {
    slug: "ghouta",
    name: "Ghouta",
    aliases: "Ghuta|Gouta|Ghoutta|al-Ghouta|Damascus Ghouta",
    admin1: "SY.08",
    members: [170592, 169897, 169372, 168713, 173434, 173178, 170892, 164994, 165929],
  },
  {
    slug: "qalamoun",
    name: "Qalamoun",
    aliases: "Qalamun|Kalamoun|Qalamoon|Qalamoun mountains|al-Qalamoun",
    admin1: "SY.08",
    // Yabrud, An Nabk, Qarah, Dayr Atiyah, Jayrud, Ar Ruhaybah, Al Qutayfah, Rankus, Maaloula, Saydnaya.
    members: [162627, 173193, 166111, 170797, 169113, 172922, 173312, 165533, 167375, 164717],
  },
  {
    slug: "wadi-barada",
    name: "Wadi Barada",
    aliases: "Barada valley",
    admin1: "SY.08",
    // Ayn al Fijah.
    members: [172232],
  },
  {
    slug: "jazira",
    name: "Jazira",
    aliases: "Jazeera|Jezira|al-Jazira|Jazira region",
    admin1: "SY.01",
    // Al Hasakah, Al Qamishli, Ras al Ayn, Al Malikiyah, Amuda, Ad Darbasiyah.
    members: [173811, 173377, 165509, 173530, 173230, 170887],
  },
  {
    slug: "golan-heights",
    name: "Golan Heights",
    aliases: "Golan|the Golan",
    admin1: "SY.03",
    // Al Qunaytirah, Khan Arnabah, Mas'adah.
    members: [173334, 168355, 167167],
  },
  {
    slug: "jabal-al-zawiya",
    name: "Jabal al-Zawiya",
    aliases: "Jebel al-Zawiya|Jabal Zawiya|Jabal az-Zawiyah",
    admin1: "SY.12",
    // Kafranbel, Ihsim.
    members: [168661, 174144],
  },
  {
    slug: "jabal-al-akrad",
    name: "Jabal al-Akrad",
    aliases: "Jebel al-Akrad|Kurd Mountain|Kurds Mountain",
    admin1: "SY.02",
    // Kinsabba, Slinfah.
    members: [167863, 164052],
  },
  {
    slug: "jabal-al-turkman",
    name: "Jabal al-Turkman",
    aliases: "Jabal Turkman|Jebel Turkman|Turkmen Mountain|Jabal al-Turkmen|Turkman Mountain",
    admin1: "SY.02",
    // Rabi`ah, Kassab.
    members: [167880, 168519],
  },
  {
    slug: "hauran",
    name: "Hauran",
    aliases: "Houran|Horan|Hawran",
    admin1: "SY.06",
    // Dar'a, Izra', Busra ash Sham, Shaykh Miskin.
    members: [170905, 169341, 171126, 164328],
  },
  {
    slug: "euphrates-valley",
    name: "Euphrates Valley",
    aliases: "Euphrates River Valley|Middle Euphrates River Valley|Euphrates valley",
    admin1: "SY.07",
    // Deir ez-Zor, Al Mayadin, Albu Kamal.
    members: [170794, 173480, 174448],
  },
];

/**
 * City neighbourhoods, and towns the data lacks, by the geonameid of the town they are
 * coded to; "|" separates spellings of one place, ";" places. A name several cities have
 * (Midan, Zahraa) is listed under each; the article's places pick one. `near`: not part of
 * that town but beside it. A place outside its town's province gives its own as `admin1`.
 */
export interface NeighbourhoodGroup {
  city: number;
  names: string;
  admin1?: string;
  near?: boolean;
}

export const NEIGHBOURHOODS: readonly NeighbourhoodGroup[] = [
  {
    city: 170063, // Aleppo
    names:
      "Marjeh|Marjah|Marja|Marje; Ferdous|Firdous|Firdaws|Fardous; Bustan al-Qasr|Bustan al-Kasr|Bustan Al-Qaser; " +
      "Bustan al-Basha|Bustan al-Pasha; Sukkari|Sukari|Sikkari; Sakhour|Sakhur|Sakhoor; Shaar|Sha'ar; " +
      "Salaheddine|Salah Eddine|Salaheddin|Salah Addin|Salah al-Din district; Kalaseh|Kallaseh|Kalasa|Kalasseh; " +
      "Hamadaniyeh|Hamdaniyeh|Hamdaniya|Hamadaniye|Hamadaniyah; Sheikh Saeed|Sheikh Said; " +
      "Bab al-Nairab|Bab Alnairab|Bab al-Nayrab|Bab Nairab|Bab al-Neirab; Masaken Hanano|Masakin Hanano; Hanano|Hananu; " +
      "Sheikh Najjar; Jisr al-Haj|Jisr al-Hajj; Qadi Askar|Kadi Askar; Bab al-Hadid|Bab al-Hadeed; " +
      "Tariq al-Bab|Tareeq al-Bab; Karm al-Jabal; Karm al-Maysar|Karm al-Mayser; Karm al-Beik|Karm Albeiq|Karm al-Bek|Karm al-Beyk; " +
      "Karm Homad|Karm Hamad; Karm al-Qaterji|Karm al-Katerji|Qaterji|Qatrji; Karm al-Tarrab|Karm al-Tarab; Bani Zeid|Bani Zaid; " +
      "Ashrafieh|Ashrafiyeh|Ashrafiya|Shrafiyeh; Suleimaniyeh|Sulaymaniyah district|Sulaymaniyah|Sulaimaniyah|Sulimaniah; Jamiliyeh|Jamiliya; Aziziyeh|Aziziya; " +
      "Mogambo|Mokambo; New Aleppo|Halab al-Jadida|Halap al-Jadideh; Rashidin|Rashideen|Rashdeen; Layramoun|Lairamoun|Leramoun; " +
      "Sheikh Khodr|Sheikh Khader; Ramouseh|Ramousa; Saif al-Dawla|Seif al-Dawla|Seif al-Dawleh|Sayf al-Dawla; " +
      "Bab al-Faraj; Bab Antakya; Masharqa|Mashareqa; Amiriyeh|Ameriyeh|Amiriya; Sheikh Lutfi; " +
      "Zubdiya|Zebdiyeh|Zubdieh|Zebdieh; Sheikh Maqsoud|Sheikh Maksoud|Sheikh Maqsood|Maqsoud; " +
      "Salihin|Saliheen|Salheen; Ansari|Ansari district; Mayassar|Maysar|Miyassar|Mayasar; Jandoul; Sheikh Fares; " +
      "Old City of Aleppo|Aleppo Old City|old Aleppo; Zahraa|Al-Zahra|Zahra; Mohafaza|Mohafazah|Muhafaza; " +
      "Furqan|Forqan; Meridian|Meridien; Maisaloun|Maysaloun|Meysaloun; Sabil; Bab al-Maqam; Midan|Maidan",
  },
  {
    city: 170654, // Damascus
    names:
      "Mazzeh|Mezzeh|Mazza|Mezze|Mazzah|Mazzeh 86; Bab Touma|Bab Tuma|Bab Toma; Bab Sharqi|Bab Sharki|Bab Charki; " +
      "Tadamon|Tadamun|Tadhamon|Tadamoun|Tadhamun; Qadam|Kadam; Midan|Maidan|Meidan; " +
      "Kafr Sousa|Kafr Souseh|Kafar Souseh|Kafarsouseh|Kfar Sousa; Rukn al-Din|Rukneddine|Rukn Eddin; " +
      "Muhajireen|Muhajirin; Abu Rummaneh|Abu Rumaneh; Dummar|Dumar; Tabbaleh|Tabaleh; Zablatani; " +
      "Shaghour|Shaghur; Baramkeh|Baramka; Qassaa|Qassa|Kassaa|Qasaa; Abbasiyeen|Abbasiyin|Abbassiyeen|Abbasiyeen Square; " +
      "Salhiyeh|Salihiya|Salhieh|Salihiah; Jobar|Jubar; Qaboun|Qabun|Qabon; Barzeh|Barza; Yarmouk|Yarmuk|Yarmouk camp; " +
      "Old Damascus|Old City of Damascus|Damascus Old City; Sheikh Saad; Burj al-Rous|Burj Rouss|Burj al-Ruse|Burj Rous; " +
      "Shaalan|Shalan; Malki|Maliki; Hariqa; Qanawat; Bab Musalla; Zahira; Dwelaa|Dweilaa",
  },
  {
    city: 170654, // Damascus: its southern suburbs in Rif Dimashq, which the data lacks.
    admin1: "SY.08",
    near: true,
    names:
      "Sayyida Zeinab|Sayyeda Zeinab|Sayeda Zeinab|Sayyida Zaynab|Sayyidah Zaynab|Sayyeda Zainab|Sayida Zeinab|Sitt Zeinab; " +
      "Yalda; Beit Sahem|Beit Sahm; Aqraba",
  },
  { city: 170892, near: true, names: "Moadamiyeh|Moadamiya|Muadamiya|Moadamiyet al-Sham|Muadhamiya" }, // Darayya
  { city: 169372, near: true, names: "Zamalka|Zamalkah; Ain Tarma|Ein Tarma|Ayn Tarma; Jisreen|Jisrin" }, // Irbin
  { city: 170592, near: true, names: "Adra|Adra al-Balad|Adra al-Omalia|Adra industrial city" }, // Duma
  { city: 174259, near: true, names: "Atmeh|Atma|Atimah|Atmah" }, // Ad Dana
  {
    city: 171451, // Binnish
    near: true,
    names: "Foua|al-Foua|Fuaa|Fouaa|Foaa|Fua|al-Fu'ah; Kefraya|Kafraya|Kfarya|Kafarya|Kafriya",
  },
  {
    city: 169577, // Homs
    names:
      "Baba Amr|Bab Amr|Baba Amro; Khalidiyeh|Khalidiya|Khaldiyeh|Khalidiyah; Karm al-Zeitoun|Karm al-Zaitoun; " +
      "Akrama|Akrameh|Ikrima; Inshaat|Insha'at; Jouret al-Shiyah|Jourat al-Shayah; Qarabis|Karabis; " +
      "Bab Hood|Bab Houd|Bab Hud; Bab Sebaa|Bab al-Sebaa|Bab al-Sibaa; Bab Tadmur|Bab Tadmor; Deir Baalba; " +
      "Waer|Wa'er|al-Waer; Zahraa|Al-Zahraa|Zahra; Nuzha|Nuzhah|Nouzha; Wadi al-Dahab|Wadi Dhahab; Arman; Abbasiyeh; " +
      "Karm al-Louz|Karam al-Luz|Karm al-Luz",
  },
  {
    city: 170794, // Deir ez-Zor
    names:
      "Qusour|Qusur|Qosour; Joura|Jourah; Harabesh|Harabish; Huweiqa|Huwayqah|Huweika; Rashdiyeh|Rashidiya|Rushdiyeh; " +
      "Jubaila|Jbeileh|Jubeileh; Sheikh Yasin|Sheikh Yassin; Hamidiya|Hamidiyeh",
  },
  {
    city: 172955, // Raqqa
    names: "Mishlab|Meshlab; Thakana|Thakaneh; Bado|Badu|al-Bado|Bedu; Rumaila|Rumeila; Nahda; Sabahiya",
  },
  {
    city: 173811, // Hasakah
    names: "Ghweiran|Ghwairan|Ghuwayran|Ghwayran; Nashwa; Aziziya district; Salihiyah|Salihiah|Salhiyeh",
  },
  {
    city: 170905, // Daraa
    names: "Daraa al-Balad|Dara'a al-Balad|Deraa al-Balad; Daraa al-Mahatta|Mahatta",
  },
];

/** Alternate names in the data that news copy uses for other places, by geonameid. */
export const DROPPED_ALIASES: Readonly<Record<number, string>> = {
  170905: "Adraa", // Dar'a's ancient name; "Adra" is the town north-east of Damascus.
  173856: "Al Jaffah", // Al Haffah, a variant that would take "Jaffa".
  99532: "Busra|Busrah", // Basrah; in news copy "Busra"/"Bosra" is Busra al-Sham in Daraa.
};

/**
 * Spellings GeoNames lacks for places it has, by geonameid (most others are reached by
 * nameKey's folding: "Khan Sheikhoun", "Deir Ezzor", "al-Mayadeen" need no entry).
 */
export const EXTRA_ALIASES: Readonly<Record<number, string>> = {
  168972: "Jeb al-Jarrah", // Jubb al Jarrah
  173364: "Kardaha", // Al Qardahah
  173377: "Qamishlo", // Al Qamishli (Kurdish)
  174448: "Albukamal", // Albu Kamal, written as one word
};
