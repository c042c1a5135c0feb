// A small built-in gazetteer: countries, Syrian governorates, major Syrian and
// Iraqi cities and towns, and named regions, with their common spellings. It
// gives canonical names and kinds; unknown places are found from syntax
// (places.ts). A GeoNames-backed gazetteer can replace this table later.

export type PlaceKind = "neighbourhood" | "town" | "city" | "province" | "country" | "region" | "unknown";

export interface GazetteerEntry {
  /** Canonical spelling. */
  name: string;
  kind: PlaceKind;
  /** Also the name of a governorate/province (so "Aleppo province" is a province, not a city). */
  governorate: boolean;
}

type Row = [name: string, kind: PlaceKind, aliases: string];

// Aliases are separated by "|". Leading particles (al-, el-, ar-…) and hyphens
// are ignored when matching, so "ar-Raqqah" matches "Raqqah".
const GOVERNORATE_CITIES: Row[] = [
  ["Aleppo", "city", "Halab|Alepo"],
  ["Idlib", "city", "Idleb|Edlib"],
  ["Hama", "city", "Hamah|Hamaa"],
  ["Homs", "city", "Hims"],
  ["Latakia", "city", "Lattakia|Latakiya|Lattakiya|Latakiyah|Ladhiqiyah|Lattaquie"],
  ["Tartus", "city", "Tartous|Tartoos|Tartouss"],
  ["Raqqa", "city", "Raqa|Rakka|Raqqah|Raqah|Rakkah"],
  [
    "Deir ez-Zor",
    "city",
    "Deir ez Zor|Deir Ezzor|Deir Ezzour|Deir Ezour|Deir Ezzur|Deir al-Zor|Deir al-Zour|Deir el-Zour|Deir el-Zor|Deir az-Zour|Deir az-Zor|Deir Azzour|Deir Zor|Dayr az-Zawr|Dair ez-Zor|Deir Al Zour|Deir Alzour|Deirezzor",
  ],
  ["Hasakah", "city", "Hasaka|Hasakeh|Hassakeh|Hassake|Hassaka|Hasake|Hassakah|Hasseke|Hasseka"],
  ["Damascus", "city", "Dimashq"],
  ["Daraa", "city", "Deraa|Dara'a|Der'a|Dera'a"],
  ["Quneitra", "city", "Qunaitra|Kuneitra|Qunaytirah|Quneitira"],
  ["Suwayda", "city", "Sweida|Suwaida|Swaida|Sweyda|Soueida|Suwaydah"],
];

const ROWS: Row[] = [
  // Countries.
  ["Syria", "country", "Syrian Arab Republic"],
  ["Iraq", "country", ""],
  ["Turkey", "country", "Turkiye|Türkiye"],
  ["Lebanon", "country", ""],
  ["Jordan", "country", ""],
  ["Israel", "country", ""],
  ["Iran", "country", ""],
  ["Russia", "country", "Russian Federation"],
  ["Afghanistan", "country", ""],
  ["Yemen", "country", ""],
  ["Libya", "country", ""],
  ["Egypt", "country", ""],
  ["Saudi Arabia", "country", ""],
  ["Qatar", "country", ""],
  ["Kuwait", "country", ""],
  ["United States", "country", "United States of America"],
  ["Britain", "country", "United Kingdom|Great Britain"],
  ["France", "country", ""],
  ["Germany", "country", ""],
  ["Palestine", "country", ""],
  ["Pakistan", "country", ""],
  // Syrian governorate that is not a city name.
  [
    "Damascus countryside",
    "province",
    "Rif Dimashq|Reef Dimashq|Rif Damascus|Reef Damascus|Rural Damascus|Damascus countryside|Damascus Countryside",
  ],
  // Iraqi provinces and cities.
  ["Anbar", "province", ""],
  ["Nineveh", "province", "Ninevah|Ninawa"],
  ["Salahuddin", "province", "Salahuddin|Salah al-Din|Salah ad-Din"],
  ["Diyala", "province", ""],
  ["Baghdad", "city", ""],
  ["Mosul", "city", "Mosel"],
  ["Fallujah", "city", "Falluja"],
  ["Ramadi", "city", ""],
  ["Tikrit", "city", ""],
  ["Kirkuk", "city", ""],
  ["Basra", "city", "Basrah"],
  ["Erbil", "city", "Irbil|Arbil"],
  ["Sinjar", "town", "Shingal"],
  ["Tal Afar", "town", "Tal Afar|Tel Afar|Tall Afar"],
  ["Qaim", "town", "Qaim"],
  // Neighbouring cities that appear in Syrian war copy.
  ["Beirut", "city", ""],
  ["Ankara", "city", ""],
  ["Istanbul", "city", ""],
  ["Gaziantep", "city", "Antep"],
  ["Kilis", "city", ""],
  ["Reyhanli", "town", "Reyhanli"],
  ["Moscow", "city", ""],
  ["Tehran", "city", ""],
  ["Amman", "city", ""],
  ["Geneva", "city", ""],
  ["Astana", "city", ""],
  // Syrian regions.
  ["Eastern Ghouta", "region", "East Ghouta|Eastern Gouta|Eastern Ghuta|Ghouta al-Sharqiya"],
  ["Western Ghouta", "region", "West Ghouta"],
  ["Ghouta", "region", "Ghuta|Gouta|Ghoutta"],
  ["Qalamoun", "region", "Qalamun|Kalamoun|Qalamoon"],
  ["Golan Heights", "region", "Golan"],
  ["Jabal al-Zawiya", "region", "Jabal al-Zawiya|Jebel al-Zawiya|Jabal Zawiya"],
  ["Jabal al-Akrad", "region", "Jabal al-Akrad|Jebel al-Akrad"],
  ["Jabal al-Turkman", "region", "Jabal al-Turkman|Jabal Turkman|Jebel Turkman|Turkmen Mountain"],
  ["Hauran", "region", "Houran|Horan"],
  ["Jazira", "region", "Jazeera|Jezira"],
  ["Wadi Barada", "region", ""],
  ["Euphrates Valley", "region", ""],
  // Syrian cities and towns.
  ["Palmyra", "city", "Tadmur|Tadmor|Tudmur"],
  ["Manbij", "city", "Menbij|Manbej"],
  ["Kobani", "city", "Kobane|Ain al-Arab|Ayn al-Arab|Kobanî"],
  ["Qamishli", "city", "Qamishly|Kamishli|Qamishlo|Qameshli"],
  ["Afrin", "city", "Efrin|Afreen"],
  ["Azaz", "town", "A'zaz|Aazaz|Izaz"],
  ["Al-Bab", "town", "al-Bab|Al Bab"],
  ["Jarabulus", "town", "Jarablus|Jarabalus"],
  ["Tal Abyad", "town", "Tel Abyad|Tall Abyad|Tal Abiad"],
  ["Tabqa", "town", "Tabaqa|Tabqah|Al-Thawra"],
  ["Mayadin", "town", "Mayadeen|Mayadine|Mayadin|Mayadeen city"],
  ["Abu Kamal", "town", "Albu Kamal|Boukamal|Bukamal|Abu Kamal|Al-Bukamal|Bou Kamal|Abukamal"],
  ["Douma", "town", "Duma"],
  ["Harasta", "town", ""],
  ["Daraya", "town", "Darayya|Daraiya"],
  ["Zabadani", "town", "Zabadani"],
  ["Madaya", "town", ""],
  ["Jobar", "neighbourhood", "Jobar"],
  ["Qaboun", "neighbourhood", "Qabun|Qabon"],
  ["Barzeh", "neighbourhood", "Barza"],
  ["Yarmouk", "neighbourhood", "Yarmuk|Yarmouk camp"],
  ["Moadamiyeh", "town", "Moadamiya|Muadamiya|Mouadamiya|Moadamiyet al-Sham|Muadhamiya|Moadamiyet"],
  ["Khan Sheikhoun", "town", "Khan Sheikhun|Khan Shaykhun|Khan Shaikhoun|Khan Sheikhon|Khan Shaykhoun"],
  ["Saraqeb", "town", "Saraqib"],
  [
    "Maarat al-Numan",
    "town",
    "Maaret al-Numan|Maarrat al-Numan|Maarat al-Nouman|Maaret Alnouman|Maarat al-Nu'man|Maarrat al-Nu'man|Marat al-Numan|Maaret al-Noman|Maarat Nouman",
  ],
  ["Ariha", "town", ""],
  ["Jisr al-Shughur", "town", "Jisr al-Shughour|Jisr al-Shaghour|Jisr ash-Shughur|Jisr al-Shugur"],
  ["Binnish", "town", "Binnesh|Binish|Benesh"],
  ["Sarmin", "town", ""],
  ["Atareb", "town", "Atarib"],
  ["Rastan", "town", ""],
  ["Talbiseh", "town", "Talbisseh|Talbisa"],
  ["Houla", "town", "Hula"],
  ["Qusayr", "town", "Qusair|Qussair"],
  ["Salamiyah", "town", "Salamiyeh|Salamiya|Salamyieh|Salamieh|Salamiyyah"],
  ["Qardaha", "town", "Qardahah|Kardaha"],
  ["Jableh", "town", "Jabla|Jableh"],
  ["Baniyas", "town", "Banias"],
  ["Kassab", "town", "Kasab|Kessab"],
  [
    "Sayyida Zeinab",
    "town",
    "Sayyeda Zeinab|Sayeda Zeinab|Sayyida Zaynab|Sayyeda Zainab|Sayida Zeinab|Sayyidah Zaynab|Sayyeda Zaynab|Sayeda Zaynab|Sayyida Zainab|Sayyidah Zeinab|Sitt Zeinab|Sit Zeinab",
  ],
  ["Jaramana", "town", ""],
  ["Qudsaya", "town", ""],
  ["Khan Touman", "town", "Khan Tuman|Khan Toman"],
  ["Deir Hafer", "town", "Deir Hafir"],
  ["Kafranbel", "town", "Kafr Nabl|Kafrnabel|Kafr Nabel"],
  ["Shaddadi", "town", "Shadadi|Shaddadeh"],
  ["Ras al-Ain", "town", "Ras al-Ayn|Serekaniye|Ras al Ain"],
  ["Amuda", "town", ""],
  ["Tal Rifaat", "town", "Tel Rifaat|Tal Rifat|Tall Rifat"],
  ["Marea", "town", ""],
  ["Dabiq", "town", ""],
  ["Foua", "town", "Fuaa|Fouaa|Foaa|Fua"],
  ["Kefraya", "town", "Kafraya|Kfarya|Kafarya"],
  ["Nubl", "town", "Nubbul|Nubul"],
  ["Morek", "town", "Murak"],
  ["Latamneh", "town", "Latamineh|Lataminah"],
  ["Kafr Zeita", "town", "Kafr Zita|Kafrzita"],
  ["Waer", "neighbourhood", "Wa'er"],
  ["Sheikh Maqsoud", "neighbourhood", "Sheikh Maqsood|Sheikh Maksoud"],
  ["Old Damascus", "neighbourhood", ""],
  ["Jayrud", "town", "Jairoud|Jayroud"],
  ["Adra", "town", ""],
  ["Sukhna", "town", "Sukhnah"],
  ["Suran", "town", ""],
  ["Yabroud", "town", "Yabrud"],
  ["Nawa", "town", ""],
  ["Inkhil", "town", ""],
  ["Busra al-Sham", "town", "Bosra|Busra|Bosra al-Sham"],
  ["Izraa", "town", "Izra"],
  ["Jasim", "town", "Jassem"],
  ["Maaloula", "town", "Maalula"],
  ["Hajin", "town", ""],
  // City districts. Aleppo.
  ["Marjeh", "neighbourhood", "Marjah|Marja|Marje"],
  ["Ferdous", "neighbourhood", "Firdous|Firdaws|Fardous"],
  ["Bustan al-Qasr", "neighbourhood", "Bustan al-Kasr|Bustan al Qasr|Bustan Al-Qaser"],
  ["Bustan al-Basha", "neighbourhood", "Bustan al-Pasha|Bustan Basha"],
  ["Sukkari", "neighbourhood", "Sukari|Sukkary|Sikkari"],
  ["Sakhour", "neighbourhood", "Sakhur|Sakhoor|Sakhur"],
  ["Shaar", "neighbourhood", "Sha'ar"],
  ["Salaheddine", "neighbourhood", "Salah Eddine|Salaheddin|Salah Addin|Salah Eldin|Salaheddine district"],
  ["Kalaseh", "neighbourhood", "Kalasa|Kallaseh|Kalasseh"],
  ["Hamadaniyeh", "neighbourhood", "Hamadaniye|Hamdaniyeh|Hamdaniya|Hamadaniyah|Hamdaniyah|Hamadaniya"],
  ["Sheikh Saeed", "neighbourhood", "Sheikh Sa'eed"],
  ["Bab al-Nairab", "neighbourhood", "Bab Alnairab|Bab al-Nayrab|Bab Nairab|Bab al-Neirab|Bab Neirab"],
  ["Masaken Hanano", "neighbourhood", "Masakin Hanano|Masaken Hananu"],
  ["Hanano", "neighbourhood", "Hananu"],
  ["Sheikh Najjar", "neighbourhood", "Sheikh Najar"],
  ["Jisr al-Haj", "neighbourhood", "Jisr al-Hajj"],
  ["Qadi Askar", "neighbourhood", "Qadi Asker|Kadi Askar"],
  ["Bab al-Hadid", "neighbourhood", "Bab al-Hadeed"],
  ["Tariq al-Bab", "neighbourhood", "Tareeq al-Bab|Tarik al-Bab"],
  ["Karm al-Jabal", "neighbourhood", "Karm al-Jabal|Karm Aljabal"],
  ["Karm al-Maysar", "neighbourhood", "Karm al-Mayser|Karm al-Meisar"],
  ["Karm al-Beik", "neighbourhood", "Karm Albeiq|Karm al-Bek|Karm al-Beyk|Karm Albeik|Karm al-Beiq"],
  ["Karm Homad", "neighbourhood", "Karm Hamad"],
  ["Karm al-Qaterji", "neighbourhood", "Karm al-Katerji|Karm Qaterji"],
  ["Karm al-Tarrab", "neighbourhood", "Karm al-Tarab"],
  ["Bani Zeid", "neighbourhood", "Bani Zaid|Bani Zayd"],
  ["Ashrafieh", "neighbourhood", "Ashrafiyeh|Ashrafiya|Ashrafiyah"],
  ["Suleimaniyeh", "neighbourhood", "Sulaimaniyah|Suleimaniya|Sulaymaniyah"],
  ["Jamiliyeh", "neighbourhood", "Jamiliya|Jamiliyah"],
  ["Aziziyeh", "neighbourhood", "Aziziya|Aziziyah"],
  ["Mogambo", "neighbourhood", "Mokambo|Mukambo|Mugambo"],
  ["New Aleppo", "neighbourhood", "Halab al-Jadida"],
  ["Rashidin", "neighbourhood", "Rashideen|Rashdeen"],
  ["Layramoun", "neighbourhood", "Lairamoun|Leramoun|Layramon"],
  ["Sheikh Khodr", "neighbourhood", "Sheikh Khader|Sheikh Khodor"],
  ["Ramouseh", "neighbourhood", "Ramousa|Ramosa|Ramouseh"],
  ["Saif al-Dawla", "neighbourhood", "Saif al-Dawleh|Seif al-Dawla|Seif al-Dawleh|Sayf al-Dawla"],
  ["Bab al-Faraj", "neighbourhood", "Bab Alfaraj"],
  ["Bab Antakya", "neighbourhood", "Bab Antakia"],
  ["Masharqa", "neighbourhood", "Mashareqa|Mashariqa|Masharika"],
  ["Amiriyeh", "neighbourhood", "Ameriyeh|Amiriya"],
  ["Sheikh Lutfi", "neighbourhood", ""],
  // Damascus.
  ["Mazzeh", "neighbourhood", "Mezzeh|Mazza|Mezze|Mazzah"],
  ["Bab Touma", "neighbourhood", "Bab Tuma|Bab Toma"],
  ["Bab Sharqi", "neighbourhood", "Bab Sharki|Bab al-Sharqi|Bab Charki"],
  ["Tadamon", "neighbourhood", "Tadamun|Tadhamon|Tadamoun|Tadhamun"],
  ["Qadam", "neighbourhood", "Kadam"],
  ["Hajar al-Aswad", "neighbourhood", "Hajar Aswad|Hajar al Aswad"],
  ["Midan", "neighbourhood", "Maidan|Meidan"],
  ["Kafr Sousa", "neighbourhood", "Kafr Souseh|Kafar Souseh|Kafarsouseh|Kafr Sousseh|Kfar Sousa|Kafr Sūsa"],
  ["Rukn al-Din", "neighbourhood", "Rukneddine|Rukn Eddin|Rukn al-Deen|Roukn Eddine"],
  ["Muhajireen", "neighbourhood", "Muhajirin|Mouhajireen"],
  ["Abu Rummaneh", "neighbourhood", "Abu Rumaneh|Abou Roumaneh"],
  ["Dummar", "neighbourhood", "Dumar"],
  ["Tabbaleh", "neighbourhood", "Tabaleh|Tabbala"],
  ["Zablatani", "neighbourhood", ""],
  ["Shaghour", "neighbourhood", "Shaghur|Shaghoor"],
  ["Baramkeh", "neighbourhood", "Baramka"],
  ["Qassaa", "neighbourhood", "Qassa|Kassaa|Qasaa"],
  ["Abbasiyeen", "neighbourhood", "Abbasiyin|Abbassiyeen"],
  ["Salhiyeh", "neighbourhood", "Salihiya|Salhieh|Salihiyah"],
  // Homs.
  ["Baba Amr", "neighbourhood", "Bab Amr|Baba Amro|Baba Amru"],
  ["Khalidiyeh", "neighbourhood", "Khalidiya|Khaldiyeh|Khalidiyah|Khaldiya"],
  ["Karm al-Zeitoun", "neighbourhood", "Karm al-Zaitoun|Karm al-Zaytoun|Karm Zeitoun"],
  ["Akrama", "neighbourhood", "Akrameh|Ikrima|Akremah"],
  ["Inshaat", "neighbourhood", "Insha'at|Inshaat"],
  ["Jouret al-Shiyah", "neighbourhood", "Jourat al-Shayah|Jouret al-Shayah|Jorat al-Shiyah"],
  ["Qarabis", "neighbourhood", "Karabis"],
  ["Bab Hood", "neighbourhood", "Bab Houd|Bab Hud"],
  ["Bab Sebaa", "neighbourhood", "Bab al-Sebaa|Bab al-Sibaa|Bab Sbaa"],
  ["Bab Tadmur", "neighbourhood", "Bab Tadmor"],
  ["Deir Baalba", "neighbourhood", "Deir Ba'alba"],
  // Deir ez-Zor and Raqqa.
  ["Qusour", "neighbourhood", "Qusur|Qosour"],
  ["Joura", "neighbourhood", "Jourah"],
  ["Harabesh", "neighbourhood", "Harabish"],
  ["Huweiqa", "neighbourhood", "Huwayqah|Huweika"],
  ["Mishlab", "neighbourhood", "Meshlab"],
  ["Thakana", "neighbourhood", "Thakaneh"],
  ["Ghweiran", "neighbourhood", "Ghwairan|Ghuwayran|Ghwayran"],
  // Eastern Ghouta and the Damascus countryside.
  ["Arbin", "town", "Erbin|Irbin|Arbeen"],
  ["Zamalka", "town", "Zamalkah|Zamalka"],
  ["Ain Tarma", "town", "Ein Tarma|Ain Terma|Ein Terma|Ayn Tarma"],
  ["Kafr Batna", "town", "Kfar Batna|Kafarbatna|Kafrbatna|Kafar Batna"],
  ["Hamouriya", "town", "Hamouria|Hammouriyeh|Hamoriyah|Hamuriyah|Hamouriyeh|Hammouriya"],
  ["Saqba", "town", "Sakba|Saqbaa"],
  ["Jisreen", "town", "Jisrin|Jisrein"],
  ["Misraba", "town", "Mesraba|Mesrabaa"],
  ["Mudeira", "town", "Modira|Mudaira|Modeira"],
  ["Beit Sawa", "town", "Beit Sawa"],
  ["Aftris", "town", "Eftris"],
  ["Mohammadiyeh", "town", "Muhammadiyah|Mohammadiyah"],
  ["Nashabiyeh", "town", "Nashabiyah|Nashabiya"],
  ["Marj al-Sultan", "town", "Marj Sultan"],
  ["Shifuniyeh", "town", "Chifoniye|Shifouniyeh|Shayfouniyah"],
  ["Otaybah", "town", "Otaiba|Utaybah"],
  ["Khan al-Shih", "town", "Khan Alshih|Khan al-Sheeh"],
  ["Kisweh", "town", "Kiswa|Kiswah"],
  ["Qatana", "town", "Katana|Qatanah"],
  ["Dumayr", "town", "Dmeir|Dumeir|Dhumayr"],
  ["Rankous", "town", "Rankus"],
  ["Bloudan", "town", "Bludan"],
  ["Serghaya", "town", "Sarghaya"],
  ["Ain al-Fijeh", "town", "Ain al-Fija|Ein al-Fijeh|Ain Fijeh|Ayn al-Fijah"],
  ["Nabek", "town", "Nabk|Nebek"],
  ["Deir Atiyeh", "town", "Deir Attiyeh|Deir Atiyah"],
  ["Rheibeh", "town", "Ruhaiba|Ruhaybah|Rhaibeh"],
  ["Sbeineh", "town", "Sbeina|Subaynah"],
  ["Babbila", "town", "Babila|Bebila"],
  ["Yalda", "town", "Yelda"],
  ["Beit Sahem", "town", "Beit Sahm"],
  ["Hujeira", "town", "Hujaira|Hajira"],
  // Idlib.
  ["Atmeh", "town", "Atma|Atimah|Atmah"],
  ["Sarmada", "town", "Sarmadah"],
  ["Maarat Misrin", "town", "Maarrat Misrin|Maarrat Masrin|Maaret Misreen|Maarat Masrin|Maaret Masrin"],
  ["Taftanaz", "town", ""],
  ["Kafr Takharim", "town", "Kafr Takharim|Kafrtakharim"],
  ["Salqin", "town", "Salqeen"],
  ["Darkush", "town", "Darkoush"],
  ["Abu al-Duhur", "town", "Abu Duhur|Abu al-Dhuhur|Abu Dhuhur|Abu al-Zuhour|Abu Zuhur"],
  ["Heish", "town", "Hish"],
  ["Hbeit", "town", "Habeet"],
  ["Tamanah", "town", "Tamanaa|Tamanaah"],
  ["Bab al-Hawa", "town", "Bab al Hawa|Bab el-Hawa"],
  ["Kafr Nabuda", "town", "Kafrnabuda|Kafr Naboudeh|Kafr Nabudah"],
  // Aleppo province.
  ["Anadan", "town", "Andan"],
  ["Haritan", "town", "Hreitan|Hraytan|Hritan"],
  ["Daret Izza", "town", "Darat Izza|Darat Azza|Daret Azza"],
  ["Khan al-Asal", "town", "Khan al-Assal|Khan Assal|Khan al Asal"],
  ["Hader", "town", "Hadher|Hadir"],
  ["Safira", "town", "Safirah|Sfireh"],
  ["Maskanah", "town", "Maskana|Meskene"],
  ["Qabasin", "town", "Qabbasin"],
  ["Bzaah", "town", "Bzaa|Bza'a"],
  ["Rityan", "town", "Ratyan|Retyan"],
  ["Hardatnin", "town", "Hardatneen"],
  ["Bayanoun", "town", "Bayanun"],
  ["Urum al-Kubra", "town", "Orem al-Kubra|Urem al-Kubra|Urum al Kubra|Orum al-Kubra"],
  ["Tadef", "town", "Tadif"],
  // Hama.
  ["Halfaya", "town", "Halfaiya|Halfaia"],
  ["Mhardeh", "town", "Mahardeh|Muhradah|Mhardah"],
  ["Suqaylabiyah", "town", "Skeilbiyeh|Suqaylabiya|Squelbieh|Sqilbiyeh|Suqailabiyah"],
  ["Taybat al-Imam", "town", "Taibat al-Imam|Tayyibat al-Imam|Tayybat al-Imam|Teibat al-Imam"],
  ["Qamhana", "town", "Kamhana"],
  ["Tremseh", "town", "Treimseh|Tremsa|Tremseh"],
  ["Akerbat", "town", "Aqirbat|Uqayribat|Akirbat"],
  ["Karnaz", "town", "Kernaz"],
  // Homs province, the coast, the south.
  ["Qaryatain", "town", "Qaryatayn|Qaryatein|Quaryatayn|Qaryatain"],
  ["Tal Kalakh", "town", "Talkalakh|Tall Kalakh|Tell Kalakh"],
  ["Teir Maalah", "town", "Teir Maala|Tir Maalah"],
  ["Haffeh", "town", "Haffa|Haffah"],
  ["Kinsabba", "town", "Kansaba|Kinsibba"],
  ["Slunfeh", "town", "Slenfeh|Salanfah|Slanfeh"],
  ["Safita", "town", "Safitha"],
  ["Tafas", "town", ""],
  ["Sheikh Maskin", "town", "Sheikh Miskeen|Sheikh Meskin|Sheikh Miskin"],
  ["Dael", "town", "Da'el"],
  ["Mzeireeb", "town", "Muzayrib|Mzerib|Muzeirib"],
  ["Khirbet Ghazaleh", "town", "Khirbet Ghazale|Kherbet Ghazaleh|Khirbat Ghazalah"],
  ["Ibtaa", "town", "Ibta|Ibta'a"],
  ["Sanamayn", "town", "Sanamein|Sanamain|Sanamen"],
  ["Daraa al-Balad", "neighbourhood", "Dara'a al-Balad|Deraa al-Balad"],
  ["Nasib", "town", "Naseeb"],
  ["Khan Arnabeh", "town", "Khan Arnaba|Khan Arnabah"],
  ["Shahba", "town", "Shahbaa"],
  ["Salkhad", "town", ""],
  // The north-east and the Euphrates.
  ["Ain Issa", "town", "Ain Eissa|Ayn Issa|Ain Essa|Ain Isa"],
  ["Suluk", "town", "Sluk|Suluq|Sulouk"],
  ["Muhassan", "town", "Mohassan|Mouhassan"],
  ["Ashara", "town", "Asharah|Al-Asharah"],
  ["Quriyah", "town", "Qouriyeh|Quriyeh"],
  ["Shuhail", "town", "Shheil|Shuhayl"],
  ["Busayrah", "town", "Busaira|Basira|Busayra|Busairah"],
  ["Khasham", "town", "Khsham|Khusham"],
  ["Baghouz", "town", "Baghuz|Baghouz Fawqani"],
  ["Jafra", "town", "Jafrah"],
  ["Malikiyah", "town", "Derik|Malikiyeh|Malikiya|Al-Malikiyah"],
  ["Tal Tamr", "town", "Tel Tamer|Tal Tamer|Tell Tamer|Tel Tamr|Tell Tamr"],
  ["Hol", "town", "Hawl"],
  ["Markada", "town", "Markadeh|Markadah"],
  ["Qahtaniyah", "town", "Tirbespiye|Qahtaniya|Tirbespi"],
];

function keyOf(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-‐\s]+/g, " ")
    .replace(/'s$/, "")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/^(?:al|el|ar|as|ad|ash|az|an|at|ez|ed|es|er) (?=\S{4})/, "")
    .trim();
}

const TABLE = new Map<string, GazetteerEntry>();
const FIRST_WORDS = new Set<string>();

function add(name: string, kind: PlaceKind, aliases: string, governorate: boolean): void {
  const entry: GazetteerEntry = { name, kind, governorate };
  for (const a of [name, ...aliases.split("|")]) {
    if (!a) continue;
    const parts = a.toLowerCase().split(/\s+/);
    if (parts.length > 1) FIRST_WORDS.add(parts[0] as string);
    const k = keyOf(a);
    if (!TABLE.has(k)) TABLE.set(k, entry);
  }
}

for (const [name, kind, aliases] of GOVERNORATE_CITIES) add(name, kind, aliases, true);
for (const [name, kind, aliases] of ROWS) add(name, kind, aliases, false);

/** Normalise a surface name to a lookup key (lowercase, no leading particle, no hyphens). */
export const placeKey = keyOf;

/** Look a surface name up ("ar-Raqqah", "Deir Ezzor", "Syrias" is not stripped: pass "Syria"). */
export function lookupPlace(surface: string): GazetteerEntry | undefined {
  const cached = CACHE.get(surface);
  if (cached !== undefined) return cached ?? undefined;
  const hit = TABLE.get(keyOf(surface)) ?? null;
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(surface, hit);
  return hit ?? undefined;
}

// Surface → entry memo: the same names recur across articles, and keyOf costs five regex passes.
const CACHE = new Map<string, GazetteerEntry | null>();
const CACHE_LIMIT = 20000;

/** True when a lowercased word starts some multi-word gazetteer name ("deir", "khan", "eastern"). */
export function startsMultiWordPlace(lowerWord: string): boolean {
  return FIRST_WORDS.has(lowerWord);
}

// Every key with its last one or two letters cut, for isPlaceStem.
const STEMS = new Set<string>();
for (const k of TABLE.keys())
  for (const cut of [0, 1, 2]) if (k.length - cut >= 4) STEMS.add(k.slice(0, k.length - cut));

/**
 * True when a known name is `stem` plus at most two letters: the stem of a demonym
 * ("damasc" of "Damascan", "leban" of "Lebanese", "iran" of "Iranian"), compared as lookup keys.
 */
export function isPlaceStem(stem: string): boolean {
  const key = keyOf(stem);
  return key.length >= 4 && STEMS.has(key);
}

/** True when the word is a known place name on its own ("Aleppo", "Raqqa"). */
export function isKnownPlace(surface: string): boolean {
  return lookupPlace(surface) !== undefined;
}
