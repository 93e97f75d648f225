import type { Language } from '../../../i18n/languages.js';

/*
 * From a help question to a learning question (van hulpvraag naar leervraag, handbook §5): when a needs-round
 * answer reads as "help me…", offer "teach me, so that I can handle such questions myself". Pure and rule-based:
 * no I/O, no external service. The member can accept, edit or ignore the suggestion, so the rules prefer saying
 * nothing (undefined) over a rephrasing they cannot build from the member's own words.
 *
 * Detection
 * - Text is folded for matching: lower case, accents removed (é→e), typographic apostrophes → ', every other
 *   punctuation mark → space. Folding keeps the length, so a match in the folded text maps back to the original.
 * - Text is split into sentences (. ! ? … followed by a space or the end, a line break; "bv.", "e.g.", initials
 *   are no boundary). A sentence is a help question when one of the language's help phrases starts within its
 *   first four words ("Eigenlijk weet ik niet hoe…", "Hallo, kan iemand mij helpen met…"). The "any tips" /
 *   "des conseils" openers only count at the start of a sentence (after an optional greeting), so "Je donne des
 *   conseils pour…" is no help question.
 * - "kan iemand / can someone / quelqu'un peut" only count when followed by help, explain-how or tips
 *   ("Kan iemand de sleutel meebrengen?" is a request, not a learning need). "ik weet niet hoe laat…" and
 *   "I don't know how many…" are no help questions. "ik wil mijn leerlingen helpen met…" is not either: helping
 *   must be asked for (mij/me/ons, iemand, wie kan, jullie).
 *
 * Rephrasing (first help sentence only; anything after it is context the member can add when editing)
 * - Topic = the member's own words after the help phrase, up to the end of that sentence, with spaces collapsed,
 *   trailing punctuation and politeness (aub, alsjeblieft, please, svp, merci d'avance…) removed and the first
 *   letter lower-cased (not for acronyms like "ICT" or the English "I").
 * - The help phrase (with its "mij/me/moi" object) is dropped; the topic keeps "mijn/my/mon" as written because
 *   the learning question is asked in the first person too. In a "how" clause the subject and modal are folded
 *   into the frame: "hoe ik moet X" / "hoe ik met X moet omgaan" → "leren X" / "met X leren omgaan",
 *   "how I should X" / "how to X" → "learn to X", "comment je dois X" / "comment X(infinitive)" → "apprendre à X";
 *   otherwise "leren hoe… / learn how… / apprendre comment…".
 * - Frames (generic, no invented content): nl "Hoe kan ik [omgaan met | leren | ∅] …, zodat ik zulke situaties
 *   voortaan zelf aanpak?"; en "How can I [deal with | get better at (…ing) | learn to | ∅] …, so that I can handle
 *   such situations myself?"; fr "Comment puis-je [aborder | apprendre à | ∅] …, afin de pouvoir faire face
 *   moi-même à ce genre de situations ?" (French typography: a space before "?").
 * - The result is at most 299 characters: a long topic is cut at a word boundary and ends in "…".
 * - undefined when the text is not a help question, is empty, is over 2000 characters, or when the topic has
 *   fewer than 8 characters (e.g. only the help phrase: "Kan iemand mij helpen?").
 *
 * Pupils' names: a capitalised word (or a list "Jonas en Sara", an initial "Jonas V.") right after
 * leerling(en)/kind/kleuter, pupil(s)/student(s)/child, élève(s)/enfant is never copied. With a determiner
 * before the noun the name is simply dropped ("een leerling Jonas die…" → "een leerling die…", "l'élève Lucas" →
 * "l'élève"); without one the noun gets an indefinite article ("leerling Jonas" → "een leerling", "pupil Tom" →
 * "a pupil", "élève Lucas" → "un élève"; plurals stay bare). Names elsewhere ("help me met Jonas") cannot be told
 * from other capitalised words and are left for the member to edit.
 */

/** Longest text that is considered for rephrasing. */
export const REPHRASE_INPUT_MAX = 2000;
/** Longest suggested learning question (exclusive). */
export const LEARNING_QUESTION_MAX = 300;
/** Shortest topic (characters) worth a learning question. */
export const TOPIC_MIN = 8;

type Kind = 'how' | 'prep' | 'help';
interface Rule {
  readonly re: RegExp;
  readonly kind: Kind;
}
interface HelpMatch {
  readonly kind: Kind;
  readonly prep: string | undefined;
  /** The member's words after the help phrase, as written. */
  readonly topic: string;
}

const LEAD = String.raw`^((?:\S+\s+){0,4}?)`;
const AT_START = '^()';
const rule = (phrase: string, kind: Kind, lead = LEAD): Rule => ({ re: new RegExp(`${lead}(?:${phrase})`), kind });

const RULES: Record<Language, readonly Rule[]> = {
  nl: [
    rule(String.raw`(?:ik\s+weet|weet\s+ik)\s+(?:(?:echt|eigenlijk|zo|nog|gewoon|ook)\s+)*niet\s+(?:(?:goed|zo|precies|meer|echt|goed)\s+)*hoe\s+(?!(?:laat|lang|vaak|oud|ver|groot|duur)\s)`, 'how'),
    rule(String.raw`(?:iemand(?:\s+van\s+jullie)?|wie\s+(?:kan|wil|zou)|jullie)\s+(?:(?:mij|me|ons|eens|even|nog|er)\s+)*(?:(?:kunnen|willen)\s+)?(?:uitleggen|vertellen|tonen|laten\s+zien|leren|aanleren)\s+hoe\s+(?!(?:laat|lang|vaak|oud|ver)\s)`, 'how'),
    rule(String.raw`(?:iemand|wie\s+(?:kan|wil|zou|heeft)|jullie)\s+(?:(?:er\s+)?(?:mij|me|ons)\s+)?(?:(?:nog|wat|een\s+paar|enkele|goede|concrete|praktische)\s+)*(?:tips|tip|advies|raad|ideeen|ideetjes|suggesties)\s+(?:(?:kunnen|willen)\s+)?(?:(?:geven|bezorgen|delen)\s+)?(?:(?<prep>voor|over|rond|bij|om|met)\s+|$)`, 'prep'),
    rule(String.raw`(?<!\b(?:die|dat|ze|zij|hij)\s)(?:(?:iemand(?:\s+van\s+jullie)?|jullie|wie\s+(?:kan|wil|zou))\s+(?:(?:mij|me|ons)\s+)?|(?:mij|me|ons)\s+)(?:(?:eens|even|nog|wat|graag|verder|op\s+weg)\s+)*(?:(?:kunnen|willen)\s+)?helpen(?:\s+(?<prep>met|bij|om|rond))?\s+`, 'prep'),
    rule(String.raw`(?:ik\s+zoek|zoek\s+ik)\s+(?:(?:dringend|wat|nog|graag|wel)\s+)*(?:hulp|raad|advies|ondersteuning|tips)(?:\s+(?<prep>bij|met|voor|rond|om|over))?\s+`, 'prep'),
    rule(String.raw`(?:ik\s+heb|heb\s+ik)\s+(?:(?:dringend|echt|wat|nog|graag|wel)\s+)*(?:hulp|ondersteuning|advies|raad|tips)\s+nodig(?:\s+(?<prep>bij|met|voor|rond|om|over))?\s+`, 'prep'),
    rule(String.raw`(?:ik\s+kom|kom\s+ik)\s+er\s+(?:(?:echt|maar|gewoon|zelf|alleen|nog|steeds)\s+)*niet\s+(?:(?:goed|meer|alleen)\s+)?uit(?:\s+(?<prep>met|bij|in))?\s+`, 'prep'),
    rule(String.raw`(?:ik\s+loop|loop\s+ik)\s+(?:(?:echt|soms|telkens|steeds|regelmatig|vaak|wat|helemaal|nog)\s+)*vast(?:\s+(?<prep>bij|met|in|op))?\s+`, 'prep'),
    rule(String.raw`(?<!\b(?:die|dat|ze|zij|hij)\s)help\s+(?:mij|me|ons)\s+(?:(?:eens|even|alsjeblieft|alstublieft|aub|toch|nog)\s+)*(?:(?<prep>met|bij|rond|om)\s+)?`, 'help'),
  ],
  en: [
    rule(String.raw`(?:i\s+(?:(?:really|just|honestly|still)\s+)*(?:don't|dont|do\s+not)\s+(?:(?:really|quite|exactly)\s+)*know|i\s+have\s+no\s+(?:idea|clue))\s+how\s+(?!(?:late|long|many|much|old|far|often|big)\s)`, 'how'),
    rule(String.raw`(?:someone|anyone|somebody|anybody|you)\s+(?:please\s+)?(?:explain|show|tell|teach)\s+(?:(?:me|us)\s+)?(?:please\s+)?how\s+(?!(?:late|long|many|much|old|far|often|big)\s)`, 'how'),
    rule(String.raw`(?:someone|anyone|somebody|anybody|you)\s+(?:please\s+)?(?:give|share|offer|send)\s+(?:(?:me|us)\s+)?(?:(?:some|any|a\s+few)\s+)?(?:good\s+)?(?:tips|advice|ideas|pointers|suggestions)\s+(?:(?<prep>on|for|about|to|with)\s+|$)`, 'prep'),
    rule(String.raw`(?:someone|anyone|somebody|anybody)\s+(?:please\s+)?help\s+(?:(?:me|us)\s+)?(?:out\s+)?(?:(?<prep>with|on|in|for|to)\s+)?`, 'help'),
    rule(String.raw`i\s+(?:(?:really|urgently|just)\s+)*(?:need|could\s+use|would\s+like)\s+(?:(?:some|a\s+little|a\s+bit\s+of)\s+)?(?:help|support|advice|guidance)(?:\s+(?<prep>with|on|in|for|to|about))?\s+`, 'prep'),
    rule(String.raw`(?:i'm|im|i\s+am)\s+(?:(?:really|a\s+bit|completely|totally|kind\s+of|so|still)\s+)*stuck(?:\s+(?<prep>with|on|in|at))?\s+`, 'prep'),
    rule(
      String.raw`(?:(?:hi|hello|hey|dear\s+colleagues|dear\s+all)(?:\s+(?:all|everyone|there))?\s+)?(?:(?:does|do)\s+(?:anyone|anybody|someone|you)\s+have\s+(?:(?:any|some)\s+)?|(?:has\s+anyone|anyone)\s+got\s+(?:(?:any|some)\s+)?|anyone\s+have\s+(?:(?:any|some)\s+)?|any\s+)(?:(?:good|practical|useful)\s+)?(?:tips|advice|ideas|pointers|suggestions)\s+(?:(?<prep>on|for|about|to|with)\s+|$)`,
      'prep',
      AT_START,
    ),
    rule(String.raw`(?<!\b(?:they|he|she|it|who|which|that|always|often|usually|sometimes)\s)help\s+(?:me|us)\s+(?:out\s+)?(?:please\s+)?(?:(?<prep>with|on|in|for|to)\s+)?`, 'help'),
  ],
  fr: [
    rule(String.raw`(?:je\s+ne\s+sais\s+pas|je\s+sais\s+pas|j'sais\s+pas|je\s+ne\s+vois\s+pas)\s+(?:(?:trop|vraiment|bien|tres\s+bien|du\s+tout|encore)\s+)*comment\s+`, 'how'),
    rule(String.raw`quelqu'un\s+(?:peut|pourrait|saurait|sait)(?:-il)?\s+(?:m'|me\s+|nous\s+)?(?:expliquer|montrer|dire|apprendre)\s+comment\s+`, 'how'),
    rule(String.raw`quelqu'un\s+(?:peut|pourrait|saurait|voudrait)(?:-il)?\s+(?:m'|me\s+|nous\s+)?aider(?:\s+(?<prep>a|avec|pour|sur|dans))?\s+`, 'prep'),
    rule(String.raw`(?:pouvez-vous|pourriez-vous|peux-tu|pourrais-tu)\s+(?:m'|nous\s+)aider(?:\s+(?<prep>a|avec|pour|sur|dans))?\s+`, 'prep'),
    rule(String.raw`quelqu'un\s+(?:(?:peut|pourrait)(?:-il)?\s+(?:me\s+|nous\s+)?(?:donner|partager|proposer)|a|aurait|aurait-il|a-t-il)\s+(?:(?:des|quelques|de\s+bons)\s+)?(?:conseils|astuces|idees|pistes|tuyaux)\s+(?:(?<prep>pour|sur|concernant|avec)\s+|$)`, 'prep'),
    rule(String.raw`(?:j'ai|j'aurais)\s+(?:(?:vraiment|bien|urgemment)\s+)?besoin\s+(?:d'aide|d'un\s+coup\s+de\s+main|de\s+conseils|d'un\s+conseil|de\s+soutien)(?:\s+(?<prep>pour|avec|sur|dans|a))?\s+`, 'prep'),
    rule(String.raw`je\s+(?:bloque|coince|cale|suis\s+(?:(?:vraiment|un\s+peu|completement|totalement)\s+)?(?:bloquee?|coincee?))\s+(?:(?:vraiment|un\s+peu|completement|toujours|souvent)\s+)*(?:(?<prep>sur|avec|dans|par|a)\s+)?`, 'prep'),
    rule(
      String.raw`(?:(?:bonjour|salut|coucou|chers\s+collegues)(?:\s+(?:a\s+tous|tout\s+le\s+monde|tous))?\s+)?(?:(?:avez-vous|auriez-vous|vous\s+avez|vous\s+auriez|qui\s+a|qui\s+aurait|je\s+cherche|je\s+recherche|je\s+voudrais|j'aimerais)\s+)?(?:des|quelques|vos|de\s+bons)\s+(?:conseils|astuces|idees|pistes|tuyaux)(?:\s+(?<prep>pour|sur|concernant|avec))?\s+`,
      'prep',
      AT_START,
    ),
    rule(String.raw`aide[sz]?[-\s]+moi\s+(?:(?:svp|s'il\s+vous\s+plait|s'il\s+te\s+plait)\s+)?(?:(?<prep>a|avec|pour|sur|dans)\s+)?`, 'help'),
  ],
};

/* ---------- folding and sentences ---------- */

const APOSTROPHES = /['’‘ʼ`´]/;
const DASHES = /[‐‑–—-]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case, accents removed, apostrophes unified, other punctuation as spaces; same length as the input. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? ' ';
    if (APOSTROPHES.test(c)) out += "'";
    else if (DASHES.test(c)) out += '-';
    else {
      const base = c.toLowerCase().normalize('NFD')[0] ?? ' ';
      out += WORD_CHAR.test(base) ? base : ' ';
    }
  }
  return out;
}

const ABBREVIATIONS = new Set(['bv', 'bijv', 'vb', 'nl', 'oa', 'eg', 'ie', 'etc', 'enz', 'ex', 'pex', 'cf', 'dhr', 'mevr', 'mr', 'mrs', 'ms', 'dr', 'st', 'resp', 'ca']);

/** [start, end) of each sentence in the text. */
function sentences(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const boundary = /[.!?…]+(?=\s|$)|\n/g;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (m[0].startsWith('.') && m[0].length === 1) {
      const before = /([\p{L}.]+)$/u.exec(text.slice(start, at))?.[1] ?? '';
      const word = before.replace(/\./g, '').toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
    }
    ranges.push([start, at]);
    start = at + m[0].length;
  }
  ranges.push([start, text.length]);
  return ranges;
}

function findHelp(text: string, language: Language): HelpMatch | undefined {
  const folded = fold(text);
  for (const [from, to] of sentences(text)) {
    let start = from;
    while (start < to && folded[start] === ' ') start++;
    if (start >= to) continue;
    const sentence = `${folded.slice(start, to)} `;
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const r of RULES[language]) {
      const m = r.re.exec(sentence);
      if (m && (best === undefined || (m[1] ?? '').length < (best.m[1] ?? '').length)) best = { rule: r, m };
    }
    if (best) {
      const end = Math.min(start + best.m[0].length, to);
      return { kind: best.rule.kind, prep: best.m.groups?.['prep'], topic: text.slice(end, to) };
    }
  }
  return undefined;
}

/* ---------- topic clean-up ---------- */

const TRAILING_POLITENESS =
  /[\s,]*(?:a\.?u\.?b\.?|alsjeblieft|alstublieft|please|pls|plz|svp|s\.v\.p\.?|s['’]il (?:vous|te) pla[iî]t|merci(?: d['’]avance| beaucoup)?|alvast (?:bedankt|dank)|bedankt|dank ?je(?: wel)?|dank ?u(?: wel)?|thanks(?: in advance)?|thank you(?: in advance)?)[\s!.]*$/iu;

function cleanTopic(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').trim().replace(/^[\s,:;.…–—-]+/u, '');
  for (let i = 0; i < 3; i++) t = t.replace(TRAILING_POLITENESS, '').replace(/[\s,:;.!?…–—-]+$/u, '');
  return t.replace(/\s+([,;:])/g, '$1').replace(/([(])\s+/g, '$1').replace(/\s+([)])/g, '$1');
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.)?`;
const PUPIL_NAME = new RegExp(
  String.raw`(?<det>(?<![\p{L}])(?:[Ee]en|[Dd]e|[Dd]ie|[Dd]eze|[Mm]ijn|[Oo]nze|[Hh]et|[Dd]at|[Ee]lke|[Ii]edere|[Aa]|[Aa]n|[Tt]he|[Mm]y|[Oo]ur|[Tt]his|[Tt]hat|[Oo]ne|[Ee]very|[Uu]n|[Uu]ne|[Mm]on|[Mm]a|[Nn]otre|[Cc]et|[Cc]ette|[Cc]haque)\s+|(?<![\p{L}])[Ll]['’]\s*)?` +
    String.raw`(?<noun>(?<![\p{L}])(?:[Ll]eerling(?:en)?|[Kk]leuters?|[Kk]inderen|[Kk]ind|[Pp]upils?|[Ss]tudents?|[Cc]hild(?:ren)?|[ÉéEe]l[èe]ves?|[Ee]nfants?))(?![\p{L}])` +
    String.raw`\s*[,(]?\s*${NAME}(?:(?:\s*,\s*|\s+(?:en|and|et)\s+)${NAME})*(?:\s*[,)])?`,
  'gu',
);
const INDEFINITE: Record<Language, string> = { nl: 'een', en: 'a', fr: 'un' };

/** Drops capitalised words (pupils' names) right after leerling/pupil/élève and their kin. */
function dropPupilNames(topic: string, language: Language): string {
  return topic.replace(PUPIL_NAME, (...args: unknown[]) => {
    const groups = args[args.length - 1] as { det?: string; noun: string };
    const plural = /(?:en|s|ren)$/.test(groups.noun) && !/^[Kk]ind$/.test(groups.noun);
    const prefix = groups.det ?? (plural ? '' : `${INDEFINITE[language]} `);
    return `${prefix}${groups.noun} `;
  });
}

function lowerFirst(topic: string): string {
  const first = /^\S+/.exec(topic)?.[0] ?? '';
  if (first === 'I' || /^I['’]/.test(first) || /^\p{Lu}[\p{Lu}\d]/u.test(first)) return topic;
  return topic.charAt(0).toLowerCase() + topic.slice(1);
}

/* ---------- frames per language ---------- */

const words = (topic: string): string[] => topic.split(' ');

function dutchBody(kind: Kind, prep: string | undefined, topic: string): string {
  const w = words(topic);
  const f = w.map((x) => fold(x).trim());
  const dropTe = (): string => {
    const i = f.indexOf('te');
    return i >= 0 ? [...w.slice(0, i), ...w.slice(i + 1)].join(' ') : topic;
  };
  if (kind === 'how') {
    if (f[0] === 'te') return `leren ${w.slice(1).join(' ')}`;
    if (['ik', 'je', 'jij', 'we', 'wij', 'men'].includes(f[0] ?? '')) {
      const modal = f.findIndex((x, i) => i > 0 && ['moet', 'moeten', 'kan', 'kun', 'kunnen', 'zou', 'zouden', 'mag'].includes(x));
      if (modal > 0) {
        const rest = [...w];
        const double = ['zou', 'zouden'].includes(f[modal] ?? '') && ['moeten', 'kunnen'].includes(f[modal + 1] ?? '');
        rest.splice(modal, double ? 2 : 1, 'leren');
        return rest.slice(1).join(' ');
      }
    }
    return `leren hoe ${topic}`;
  }
  if (prep === 'om') return dropTe();
  if (prep === undefined && f.includes('te')) return dropTe();
  if (prep === undefined && kind === 'help') return topic;
  return `omgaan met ${topic}`;
}

const NOT_GERUNDS = new Set(['thing', 'something', 'anything', 'everything', 'nothing', 'morning', 'evening', 'spring', 'string', 'king', 'ring', 'wing', 'ceiling', 'during']);
const EN_DETERMINERS = new Set(['a', 'an', 'the', 'my', 'our', 'this', 'these', 'those', 'that', 'some', 'their', 'his', 'her', 'its']);

function englishBody(kind: Kind, prep: string | undefined, topic: string): string {
  const folded = fold(topic);
  const first = folded.split(' ')[0] ?? '';
  const gerund = /^[a-z]{2,}ing$/.test(first) && !NOT_GERUNDS.has(first);
  const noun = (): string => (gerund ? `get better at ${topic}` : `deal with ${topic}`);
  if (kind === 'how') {
    const toForm = /^(?:to|(?:i|we|you|one)\s+(?:should|can|could|must|might|would|need\s+to|have\s+to|ought\s+to|am\s+supposed\s+to|are\s+supposed\s+to)|(?:i'm|we're)\s+supposed\s+to)\s+/.exec(folded);
    return toForm ? `learn to ${topic.slice(toForm[0].length)}` : `learn how ${topic}`;
  }
  if (prep === 'to') return topic;
  if (prep !== undefined || kind === 'prep') return noun();
  return gerund || EN_DETERMINERS.has(first) ? noun() : topic;
}

const FR_NOT_INFINITIVES = new Set(['cahier', 'atelier', 'dossier', 'metier', 'premier', 'dernier', 'quartier', 'papier', 'clavier', 'fichier', 'calendrier', 'escalier', 'avenir', 'plaisir', 'loisir', 'souvenir', 'desir', 'soir', 'espoir', 'devoir', 'savoir', 'pouvoir', 'couloir', 'tiroir', 'miroir', 'hier', 'hiver', 'mer', 'fer', 'cher', 'fier', 'leur', 'premier', 'entier', 'particulier', 'regulier', 'collier', 'sentier', 'loyer', 'foyer', 'cocher']);
const FR_RE_VERBS = /(?:faire|prendre|lire|ecrire|mettre|dire|duire|rendre|suivre|vivre|tendre|pondre|clure|battre|croire|boire|naitre|paraitre|plaire|soudre|indre|aincre|rire|perdre|vendre|fondre)$/;
const FR_OBJECT_WORDS = new Set(['me', 'se', 'te', 'nous', 'vous', 'le', 'la', 'les', 'leur', 'lui', 'y', 'en', 'mieux', 'bien', 'davantage', 'plus', 'ne', 'bien', 'aussi']);

function frenchInfinitive(word: string): boolean {
  const w = word.replace(/^(?:m|s|t|l|j|d|n|c|qu)'/, '');
  if (FR_NOT_INFINITIVES.has(w)) return false;
  return /^[a-z-]{2,}(?:er|ir|oir)$/.test(w) || FR_RE_VERBS.test(w);
}

/** Whether a French topic starts with a verb phrase ("motiver…", "m'organiser…", "les motiver…"). */
function frenchVerbPhrase(folded: string): boolean {
  const [a = '', b = ''] = folded.split(' ');
  return frenchInfinitive(a) || (FR_OBJECT_WORDS.has(a) && frenchInfinitive(b));
}

function frenchBody(kind: Kind, prep: string | undefined, topic: string): string {
  const folded = fold(topic);
  if (kind === 'how') {
    const frame = /^(?:je\s+(?:dois|peux|pourrais|devrais|vais)|on\s+(?:doit|peut|pourrait)|il\s+faut|(?:je\s+dois\s+)?faire\s+pour|m'y\s+prendre\s+pour)\s+/.exec(folded);
    if (frame) return `apprendre à ${topic.slice(frame[0].length)}`;
    return frenchVerbPhrase(folded) ? `apprendre à ${topic}` : `apprendre comment ${topic}`;
  }
  const verbPrep = prep === undefined || prep === 'a' || prep === 'pour';
  return verbPrep && frenchVerbPhrase(folded) ? topic : `aborder ${topic}`;
}

const FRAMES: Record<Language, { readonly start: string; readonly end: string; readonly body: (kind: Kind, prep: string | undefined, topic: string) => string }> = {
  nl: { start: 'Hoe kan ik ', end: ', zodat ik zulke situaties voortaan zelf aanpak?', body: dutchBody },
  en: { start: 'How can I ', end: ', so that I can handle such situations myself?', body: englishBody },
  fr: { start: 'Comment puis-je ', end: ', afin de pouvoir faire face moi-même à ce genre de situations ?', body: frenchBody },
};

function fit(start: string, body: string, end: string): string {
  const room = LEARNING_QUESTION_MAX - 1 - start.length - end.length;
  if (body.length <= room) return `${start}${body}${end}`;
  let cut = body.slice(0, room - 1);
  const space = cut.lastIndexOf(' ');
  if (space > room / 2) cut = cut.slice(0, space);
  return `${start}${cut.replace(/[\s,:;.!?…–—-]+$/u, '')}…${end}`;
}

/* ---------- API ---------- */

/** Whether an answer reads as a request for help ("help me met…", "I don't know how…", "je bloque sur…"). */
export function isHelpQuestion(text: string, language: Language): boolean {
  return findHelp(text, language) !== undefined;
}

/**
 * A learning question in the member's own words for a help question ("Hoe kan ik … zodat …?"), or undefined
 * when the text is no help question, is too long, or leaves too little topic to rephrase.
 */
export function suggestLearningQuestion(text: string, language: Language): string | undefined {
  if (text.length > REPHRASE_INPUT_MAX) return undefined;
  const match = findHelp(text, language);
  if (match === undefined) return undefined;
  const topic = lowerFirst(cleanTopic(dropPupilNames(cleanTopic(match.topic), language)));
  if (topic.length < TOPIC_MIN) return undefined;
  const frame = FRAMES[language];
  const body = cleanTopic(frame.body(match.kind, match.prep, topic));
  return fit(frame.start, body, frame.end);
}
