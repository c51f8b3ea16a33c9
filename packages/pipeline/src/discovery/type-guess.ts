import type { DiscoveredType } from "./types";

/**
 * Context cues per type, in the languages the pipeline reads. Each table is one regular expression compiled
 * once at load: guessing a type costs a few anchored tests per name, never a compilation per token.
 */
// prettier-ignore
const PERSON_TITLE = /^(?:CEO|CTO|CFO|COO|CSO|founder|co-?founder|cofounder|chief|president|chairman|chairwoman|chair|scientist|researcher|professor|prof\.?|dr\.?|mr\.?|mrs\.?|ms\.?|executive|director|engineer|head|PDG|fondateur|fondatrice|cofondateur|cofondatrice|directeur|directrice|chercheur|chercheuse|président|présidente|M\.|Mme|Chef|Chefin|Gründer|Gründerin|Mitgründer|Mitgründerin|Vorstandschef|Forscher|Forscherin|Professorin|Herr|Frau|fundador|fundadora|cofundador|cofundadora|diretor|diretora|diretor-executivo|presidente-executivo|executivo-chefe|pesquisador|pesquisadora|investigador|investigadora|presidente|presidenta|consejero|fondatore|fondatrice|cofondatore|ricercatore|ricercatrice|amministratore|pendiri|peneliti|direktur|kepala|bos|pak|bu|основатель|сооснователь|глава|директор|исследователь|профессор)$/iu;
const PERSON_VERB =
  /^(?:said|says|told|wrote|added|explained|argued|a déclaré|a dit|selon|sagte|erklärte|dijo|afirmó|según|disse|afirmou|ha detto|secondo|kata|ujar|mengatakan|сказал|заявил)$/iu;
// prettier-ignore
const ORG_SUFFIX = /^(?:Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|Labs?|AI|GmbH|AG|SA|SAS|SE|S\.p\.A\.|SpA|Srl|PLC|NV|BV|KK|Technologies|Technology|Tech|Systems|Robotics|Capital|Ventures|Partners|Group|Holdings?|Bank|Research|Intelligence|Semiconductors?|Computing|Networks|Software|Dynamics|Foundation|Institute|University|Microsystems|Motors|Electronics|Industries|Telecom|Studios?|Media|Energy|Services|University|Universidad|Universidade|Università|Université|Universität|Institut|Instituto|Istituto|Agency|Authority|Ministry|Council|Commission)$/u;
// First words that make a run an institution ("Agencia Tributaria", "Ministry of …"), never a given name.
// prettier-ignore
const ORG_HEAD = /^(?:Agencia|Agência|Agenzia|Agence|Agentur|Agency|Ministerio|Ministério|Ministero|Ministère|Ministerium|Ministry|Kementerian|Badan|Universidad|Universidade|Università|Université|Universität|University|Universitas|Instituto|Istituto|Institut|Institute|Banco|Banca|Banque|Bank|Fundación|Fundação|Fondazione|Fondation|Stiftung|Foundation|Grupo|Gruppo|Groupe|Gruppe|Consejo|Conselho|Consiglio|Conseil|Autoridad|Autorità|Autorité|Comisión|Comissão|Commissione|Commission|Kommission|Centro|Centre|Center|Zentrum|Laboratorio|Laboratório|Laboratoire|Tribunal|Corte|Court)$/u;
// Last words of products: a platform, a storefront, a device line ("Industrial AI Cloud", "WhatsApp Business").
const PRODUCT_SUFFIX = /^(?:Cloud|Display|Store|Business|Browser|Glasses|Assistant|Watch|Phone|Pad|Copilot|Workspace|Suite)$/u;
// prettier-ignore
const ORG_CONTEXT = /^(?:company|companies|startup|start-up|firm|lab|laboratory|investor|fund|maker|giant|rival|société|entreprise|laboratoire|groupe|géant|Unternehmen|Konzern|Firma|Start-up|Hersteller|empresa|compañía|companhia|firma|gigante|azienda|società|gruppo|perusahaan|raksasa|компания|компании|корпорация|стартап)$/iu;
// prettier-ignore
const MODEL_CONTEXT = /^(?:models?|LLMs?|modèles?|Modell|Modells|Modelle|modelos?|modello|modelli|модель|модели|моделью|Sprachmodell|KI-Modell)$/iu;
// prettier-ignore
const PRODUCT_CONTEXT = /^(?:apps?|application|chips?|GPUs?|processors?|accelerators?|glasses|headset|phones?|smartphones?|chatbot|assistant|browser|platform|device|robot|puce|puces|lunettes|appli|Chip|Chips|Brille|Plattform|chip|gafas|plataforma|occhiali|piattaforma|aplikasi|chatbot|чип|приложение|supercomputers?|superchips?|systems|architecture|servers?|assistente|asistente|aplicativo|aplicación|applicazione|application|servicio|serviço|servizio|Dienst|superordenador|supercomputador|supercalcolatore|supercalculateur|Supercomputer|суперкомпьютер|сервис|ассистент|assistant|arquitectura|arquitetura|architettura|Architektur|messenger|layanan|asisten)$/iu;
const PLATFORM_PREPOSITION = /^(?:on|via|sur|su|sul|tramite|no|pelo|auf|melalui|lewat|mediante|vía)$/u;
const MODEL_SUFFIX = /^(?:Pro|Ultra|Flash|Mini|Nano|Turbo|Max|Opus|Sonnet|Haiku|Instruct|Coder|Preview|Lite|Omni|Thinking|Reasoner|Chat|Base|Vision)$/u;
const CHIP_SHAPE = /^[A-Z]{1,3}\d{2,4}[A-Za-z]?$/u;
const VERSIONED = /\d|-[Vv]\d|^[a-z]\d/u;
// A plain capitalised word, or a surname with a capitalised particle glued on ("LeBrun", "McKay", "DiMaggio", "O'Neil").
const PLAIN_WORD = /^(?:\p{Lu}\p{Ll}+|(?:Mc|Mac|Le|La|De|Di|Da|Du|O['’])\p{Lu}\p{Ll}+)$/u;
const titled = (word: string) => PERSON_TITLE.test(word) || (word.includes("-") && PERSON_TITLE.test(word.slice(word.lastIndexOf("-") + 1)));

/** The words on each side of a Latin-script name, nearest first, as the cues see them. */
export interface LatinContext {
  before: string[];
  after: string[];
  /** The name carries a possessive ("Nvidia's"). */
  possessive: boolean;
  /** A title right before one word names its employer in this language ("CEO Indosat" in Indonesian is Indosat's CEO). */
  titleBeforeEmployer?: boolean;
  /** Up to three words of an apposition after a comma ("X, the language model of …"). */
  apposition?: string[];
  /** The last word is a place, which a person's name never ends with ("Stargate Argentina"). */
  endsWithPlace?: boolean;
}

const near = (words: string[], cue: RegExp | ((word: string) => boolean), reach: number) =>
  words.slice(0, reach).find((word) => (typeof cue === "function" ? cue(word) : cue.test(word)));

/** Guesses the type of a Latin-script name from its own tokens first (suffixes, version numbers), then its neighbours. */
export function guessLatinType(tokens: string[], context: LatinContext): { type: DiscoveredType; cue?: string } {
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && (ORG_SUFFIX.test(last) || ORG_HEAD.test(tokens[0]))) return { type: "ORGANIZATION", cue: ORG_HEAD.test(tokens[0]) ? tokens[0] : last };
  if (tokens.length > 1 && PRODUCT_SUFFIX.test(last)) return { type: "PRODUCT", cue: last };
  const productCue = near(context.after, PRODUCT_CONTEXT, 1) ?? near(context.before, PRODUCT_CONTEXT, 2);
  if (productCue) return { type: "PRODUCT", cue: productCue };
  if (CHIP_SHAPE.test(last)) return { type: "PRODUCT", cue: last };
  // "the language model X" puts two or three words between the cue and the name ("el modelo de lenguaje X").
  // An apposition names what the name is: "Lumo, el modelo …", "Lumo, a startup …".
  const apposed = context.apposition ?? [];
  const apposedModel = near(apposed, MODEL_CONTEXT, 3);
  if (apposedModel) return { type: "MODEL", cue: apposedModel };
  const apposedProduct = near(apposed, PRODUCT_CONTEXT, 3);
  if (apposedProduct) return { type: "PRODUCT", cue: apposedProduct };
  const lowerBetween = context.before.slice(0, 2).every((word) => /^\p{Ll}/u.test(word));
  const modelCue = near(context.after, MODEL_CONTEXT, 1) ?? near(context.before, MODEL_CONTEXT, lowerBetween ? 3 : 1);
  if (modelCue) return { type: "MODEL", cue: modelCue };
  // A suffix word makes a model only after a name ("Tessel Opus"); alone it is a common word.
  const versioned = tokens.find((token, i) => VERSIONED.test(token) || (i > 0 && MODEL_SUFFIX.test(token)));
  if (versioned) return { type: "MODEL", cue: versioned };
  // A name that opens with an article is a title of something ("Le Phare"), not a given name.
  const plainName = !/^(?:Le|La|Les|El|Il|Lo|The)$/u.test(tokens[0]) && tokens.every((token) => PLAIN_WORD.test(token) || /^\p{Lu}\.?$/u.test(token));
  const titleBefore = near(context.before, titled, 3);
  if (titleBefore && tokens.length === 1 && context.titleBeforeEmployer && titled(context.before[0])) return { type: "ORGANIZATION", cue: titleBefore };
  if (titleBefore && plainName) return { type: "PERSON", cue: titleBefore };
  // A title right after one word names its employer ("Nvidia CEO", "Nvidia's chief scientist"); after a full name, its holder.
  const titleAfter = near(context.after, titled, 1);
  if (titleAfter && (context.possessive || tokens.length === 1)) return { type: "ORGANIZATION", cue: titleAfter };
  // A verb of saying right before or after a full name: "said Jane Doe", "sagte Lukas Brenner", "Jane Doe said".
  const personCue = titleAfter ?? near(context.after, PERSON_VERB, 1) ?? near(context.before, PERSON_VERB, 1);
  if (personCue && plainName && tokens.length > 1) return { type: "PERSON", cue: personCue };
  const orgCue = near(context.before, ORG_CONTEXT, 2) ?? near(context.after, ORG_CONTEXT, 1);
  if (orgCue) return { type: "ORGANIZATION", cue: orgCue };
  // Shape alone: two or three plain capitalised words read as a given name and a surname; one word as a company.
  if (tokens.length >= 2 && tokens.length <= 3 && !context.endsWithPlace && plainName) return { type: "PERSON" };
  // Services are used "on" or "via" something: an app, a cloud, a network ("on Tessel", "su Tessel", "no Tessel").
  const platformCue = near(context.before, PLATFORM_PREPOSITION, 1);
  if (platformCue) return { type: "PRODUCT", cue: platformCue };
  return { type: "ORGANIZATION" };
}

/** True for words that only ever introduce or describe a person, so that "CEO Jane Doe" splits into a cue and a name. */
export const isPersonTitle = titled;
export const isModelSuffix = (word: string) => MODEL_SUFFIX.test(word);
export const isOrgContext = (word: string) => ORG_CONTEXT.test(word) || MODEL_CONTEXT.test(word) || PRODUCT_CONTEXT.test(word);
