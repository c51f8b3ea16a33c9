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
const ORG_SUFFIX = /^(?:Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|Labs?|AI|GmbH|AG|SA|SAS|SE|S\.p\.A\.|SpA|Srl|PLC|NV|BV|KK|Technologies|Technology|Tech|Systems|Robotics|Capital|Ventures|Partners|Group|Holdings?|Bank|Research|Intelligence|Semiconductors?|Computing|Networks|Software|Dynamics|Foundation|Institute|University|Microsystems|Motors|Electronics|Industries|Telecom|Cloud|Studios?|Media|Energy)$/u;
// prettier-ignore
const ORG_CONTEXT = /^(?:company|companies|startup|start-up|firm|lab|laboratory|investor|fund|maker|giant|rival|société|entreprise|laboratoire|groupe|géant|Unternehmen|Konzern|Firma|Start-up|Hersteller|empresa|compañía|companhia|firma|gigante|azienda|società|gruppo|perusahaan|raksasa|компания|компании|корпорация|стартап)$/iu;
// prettier-ignore
const MODEL_CONTEXT = /^(?:models?|LLMs?|modèles?|Modell|Modells|Modelle|modelos?|modello|modelli|модель|модели)$/iu;
// prettier-ignore
const PRODUCT_CONTEXT = /^(?:apps?|application|chips?|GPUs?|processors?|accelerators?|glasses|headset|phones?|smartphones?|chatbot|assistant|browser|platform|device|robot|puce|puces|lunettes|appli|Chip|Chips|Brille|Plattform|chip|gafas|plataforma|occhiali|piattaforma|aplikasi|chatbot|чип|приложение)$/iu;
const MODEL_SUFFIX = /^(?:Pro|Ultra|Flash|Mini|Nano|Turbo|Max|Opus|Sonnet|Haiku|Instruct|Coder|Preview|Lite|Omni|Thinking|Reasoner|Chat|Base|Vision)$/u;
const CHIP_SHAPE = /^[A-Z]{1,3}\d{2,4}[A-Za-z]?$/u;
const VERSIONED = /\d|-[Vv]\d|^[a-z]\d/u;
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The words on each side of a Latin-script name, nearest first, as the cues see them. */
export interface LatinContext {
  before: string[];
  after: string[];
  /** The name carries a possessive ("Nvidia's"). */
  possessive: boolean;
}

const near = (words: string[], cue: RegExp, reach: number) => words.slice(0, reach).find((word) => cue.test(word));

/** Guesses the type of a Latin-script name from its own tokens first (suffixes, version numbers), then its neighbours. */
export function guessLatinType(tokens: string[], context: LatinContext): { type: DiscoveredType; cue?: string } {
  const last = tokens[tokens.length - 1];
  if (tokens.length > 1 && ORG_SUFFIX.test(last)) return { type: "ORGANIZATION", cue: last };
  const productCue = near(context.after, PRODUCT_CONTEXT, 1);
  if (productCue) return { type: "PRODUCT", cue: productCue };
  if (tokens.length === 1 && CHIP_SHAPE.test(last)) return { type: "PRODUCT", cue: last };
  const modelCue = near(context.after, MODEL_CONTEXT, 1) ?? near(context.before, MODEL_CONTEXT, 2);
  if (modelCue) return { type: "MODEL", cue: modelCue };
  const versioned = tokens.find((token) => VERSIONED.test(token) || MODEL_SUFFIX.test(token));
  if (versioned) return { type: "MODEL", cue: versioned };
  const plainName = tokens.every((token) => PLAIN_WORD.test(token) || /^\p{Lu}\.?$/u.test(token));
  const titleBefore = near(context.before, PERSON_TITLE, 3);
  if (titleBefore && plainName) return { type: "PERSON", cue: titleBefore };
  // A title right after one word names its employer ("Nvidia CEO", "Nvidia's chief scientist"); after a full name, its holder.
  const titleAfter = near(context.after, PERSON_TITLE, 1);
  if (titleAfter && (context.possessive || tokens.length === 1)) return { type: "ORGANIZATION", cue: titleAfter };
  const personCue = titleAfter ?? near(context.after, PERSON_VERB, 1);
  if (personCue && plainName && tokens.length > 1) return { type: "PERSON", cue: personCue };
  const orgCue = near(context.before, ORG_CONTEXT, 2) ?? near(context.after, ORG_CONTEXT, 1);
  if (orgCue) return { type: "ORGANIZATION", cue: orgCue };
  // Shape alone: two or three plain capitalised words read as a given name and a surname; one word as a company.
  if (tokens.length >= 2 && tokens.length <= 3 && tokens.every((token) => PLAIN_WORD.test(token))) return { type: "PERSON" };
  return { type: "ORGANIZATION" };
}

/** True for words that only ever introduce or describe a person, so that "CEO Jane Doe" splits into a cue and a name. */
export const isPersonTitle = (word: string) => PERSON_TITLE.test(word);
export const isOrgContext = (word: string) => ORG_CONTEXT.test(word) || MODEL_CONTEXT.test(word) || PRODUCT_CONTEXT.test(word);
