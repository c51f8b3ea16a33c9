/**
 * Hard negatives: capitalised words that are never entity candidates. Small, general lists per language
 * (months, weekdays, countries, large cities, demonyms, capitalised function words, generic acronyms),
 * compared on the lower-cased word.
 */
const words = (...lists: string[]) => new Set(lists.flatMap((list) => list.split(" ")));

// prettier-ignore
export const LATIN_STOP_WORDS = words(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
  "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow",
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche",
  "januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag",
  "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo",
  "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica",
  "januari februari maret mei juni juli agustus oktober desember senin selasa rabu kamis jumat sabtu minggu",
  "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь января февраля марта апреля мая июня июля августа сентября октября ноября декабря понедельник вторник среда четверг пятница суббота воскресенье",
  "china japan korea taiwan india indonesia france germany italy spain europe asia africa america russia israel canada brazil britain england uk usa us eu un",
  "chine japon corée allemagne italie espagne europe amérique états-unis royaume-uni",
  "deutschland frankreich italien spanien europa amerika japan korea usa",
  "españa francia alemania italia estados unidos europa américa japón corea",
  "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
  "brasil portugal alemanha frança espanha itália japão coreia estados unidos europa américa",
  "o os as um uma do da dos das no na nos nas em para com por pelo pela segundo após desde mas e ou",
  "cina giappone corea francia germania stati uniti spagna",
  "tiongkok jepang korea selatan amerika serikat eropa",
  "китай япония корея россия сша европа америка франция германия",
  "paris london berlin tokyo beijing shanghai shenzhen hangzhou seoul new york san francisco silicon valley washington brussels bruxelles munich münchen milan milano rome roma madrid barcelona jakarta singapore hong kong taipei toronto montreal zurich amsterdam stockholm dubai mumbai bangalore londres pékin moscow москва",
  "american chinese european french german japanese korean italian spanish indian russian british américain chinois européen français allemand chinesische europäische amerikanische",
  "the a an this that these those it its he she they we i in on at by for from with as but and or if when while after before since during according however meanwhile also",
  "le la les un une des du de ce cette ces il elle ils elles nous mais et ou en dans pour selon après avant depuis",
  "der die das ein eine dem den des er sie es wir und oder aber in im am mit für nach laut seit",
  "el los las uno una del al él ella ellos pero y o en con para según tras desde",
  "il lo gli uno una della dello del nel nella per con ma e secondo dopo",
  "di ke dari pada dan atau tetapi ini itu yang dengan untuk menurut setelah sejak",
  "в на по для с и но а это он она они мы",
  "ai ceo cto cfo coo gpu gpus cpu tpu llm llms api apis ipo agi phd it tv pc vc ml nlp hr pr q1 q2 q3 q4 h1 h2 am pm utc gmt ok vs etc",
  // The same generic acronyms in other languages (KI, IA, ИИ: "AI"), and currency codes that open an amount.
  "ki ia ии vpn usd eur chf gbp jpy cny rmb rp inr brl",
  // Countries and regions beyond the big ones above, in the languages the pipeline reads, inflected where Russian inflects.
  "argentina méxico mexico chile uruguay paraguay perú peru colombia venezuela bolivia ecuador canadá australia australien australie nigeria egypt egipto kenya",
  "noruega norway norwegen norvège norvegia suecia sweden schweden suède svezia finlandia finland dinamarca denmark polonia poland polen pologne netherlands holanda niederlande pays-bas paesi bassi",
  "suiza suíça schweiz suisse svizzera switzerland austria österreich autriche irlanda ireland irland irlande grecia greece turquía turkey türkei turquie",
  "arabia saudita saudi arabien arabie saoudite emiratos emirados emirates emirate émirats árabes arabes unidos unido unidas reino royaume vereinigte latina latine latino latinoamérica",
  "singapur singapura vietnam tailandia thailand malasia malaysia filipinas philippines pakistán pakistan bangladesh irán iran qatar catar",
  "россии россию россией российской российские сша китае китая европе европы",
  // Institutions named by a common noun, capitalised in many languages ("el Gobierno", "il Governo").
  "gobierno governo gouvernement government regierung pemerintah congreso congresso congrès kongress parlamento parlement parliament parlament senado senato sénat senate bolsa borsa bourse börse estado",
  // Words that open a sentence in German or Indonesian and are capitalised there only by position or by being nouns.
  "zum zur bis einen einem einer rund ende jahr etwa auch noch nur laut vergleich namun kami kita orang juga kini saat bahkan selain sementara menurut",
  // Units and scales that follow a capitalised number word in German and open amounts elsewhere.
  "euro euros dollar dollars us-dollar prozent million millionen milliarde milliarden millions milliard milliards billion billions quartal percent",
);

/** Last words that make a run an event, prize or law rather than an entity ("Turing Award", "Web Summit", "AI Act"). */
export const NON_ENTITY_HEAD = /^(?:Awards?|Prize|Prix|Preis|Premio|Summit|Conference|Konferenz|Conferencia|Congress|Forum|Act|Day|Week|Expo|Festival|Cup|Olympics)$/u;
