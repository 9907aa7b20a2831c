/**
 * The words that open a letter's signatory block, its notes block, and the closings after which the names follow,
 * in the languages coalition letters are written in. Each pattern is matched against a line as a person reads it
 * (see `lineText`: no heading marks, no bold), so "## Signatories", "**Assinam:**" and "Signatories" are alike.
 */

// German writes the plural for all genders as "Unterzeichner*innen", ":innen", "_innen", "/innen" or "Innen".
const INNEN = '(?:[*:_/·]?innen)?';
const ORGS =
  '(?:organi[sz]ations?|organizaciones|organisations|organizações|organiza[cç][oõ]es|entidades|coletivos|colectivos|grupos|groups|collectifs|associations|associações|asociaciones|verbände|organisationen|organizzazioni|individuals|persons|people|pessoas|personas|personnes|personen|indivíduos)';

// What was signed, after an Arabic heading: "على البيان", "على هذه الرسالة".
const ARABIC_ON_WHAT =
  '(?: على (?:هذا |هذه )?(?:البيان|الرسالة|العريضة|النداء|الإعلان|الوثيقة|المذكرة)(?: المشترك)?)?';

/** Phrases that name a signatory block, as a whole line (a colon after them is allowed). */
const SIGNATORY_PHRASES = [
  // English
  'signed by',
  '(?:the )?undersigned(?: organi[sz]ations)?',
  '(?:list of |initial |first |original |organi[sz]ational |individual |current |additional |more )?(?:co-?)?signator(?:y|ies)',
  `signatory ${ORGS}`,
  '(?:list of )?signatures',
  'co-?signed by',
  'co-?signers',
  '(?:endorsed|supported|signed on) by',
  `(?:endorsing|supporting|signing|participating) ${ORGS}`,
  'endorsements?',
  'endorsers',
  '(?:our )?supporters',
  // French
  `(?:les |liste des |premi[eè]r(?:e)?s |premiers et premières )?(?:co-?)?signataires(?: initiaux| initiales)?`,
  `${ORGS} (?:co-?)?signataires`,
  '(?:sign[ée]e?s?|soutenu(?:e)?s?) par',
  // Spanish
  '(?:primer[oa]s |lista de )?firmantes(?: iniciales)?',
  `${ORGS} firmantes`,
  'firman(?: esta carta| este manifiesto| esta declaración)?',
  'firmas',
  '(?:firmado|firmada|suscrito|suscrita|respaldado|apoyado) por',
  'suscriben',
  'adhesiones',
  'adhieren',
  // Portuguese
  'assinam(?: (?:esta|este|a|o) (?:carta|nota|manifesto|declaração|documento|petição|moção|carta aberta|nota pública))?',
  'assinaturas',
  `(?:${ORGS} |os |as )?(?:signatári[oa]s|subscritor[ae]s|subscrevem)`,
  `${ORGS} (?:signatári[oa]s|subscritor[ae]s|que assinam)`,
  '(?:assinado|assinada|subscrito|subscrita) por',
  // German
  `(?:erst|mit|die )?unterzeichner${INNEN}`,
  `(?:erst|mit|die )?unterzeichnende(?:n)?(?: ${ORGS})?`,
  `unterzeichnet von`,
  `unterst[üu]tzt von`,
  `(?:erst)?unterst[üu]tzer${INNEN}`,
  `unterst[üu]tzende ${ORGS}`,
  '(?:liste der )?unterschriften',
  // Italian
  '(?:primi |prime )?firmatari(?:e)?',
  `${ORGS} firmatarie`,
  '(?:firmato|firmata|sottoscritto|sottoscritta) da',
  '(?:sottoscrittori|sottoscrittrici|adesioni|hanno firmato|firme)',
  // Dutch
  'ondertekenaars',
  'ondertekend door',
  // Russian, Turkish
  'подписали',
  'подписанты',
  'imzacılar',
  'imzalayanlar',
  // Arabic, Persian, Urdu: "المنظمات الموقعة على البيان" (the organisations that signed the statement).
  `(?:الموق[ّ]?عون|الموق[ّ]?عين|قائمة الموق[ّ]?عين|(?:المنظمات|الجهات|الهيئات) الموق[ّ]?عة)${ARABIC_ON_WHAT}`,
  '(?:فهرست )?امضا ?(?:کنندگان|كنندگان)',
  'دستخط ?کنندگان',
];

const SIGNATORY_PHRASE = `(?:${SIGNATORY_PHRASES.join('|')})`;
// A count after the heading: "Signatories (120)", "Firmantes: 57", "聯署組織（共359個）".
const COUNT = '(?:\\s*[(（][^)）]{0,40}[)）])?';

const SIGNATORY_HEADING = new RegExp(`^${SIGNATORY_PHRASE}${COUNT}\\s*[:：.]?\\s*$`, 'iu');
/** A heading line ("### Firmas carta a la CCMA") that starts with the phrase and names what was signed. */
const SIGNATORY_TITLE = new RegExp(`^${SIGNATORY_PHRASE}\\s[^.!?。]{0,60}$`, 'iu');
/** A label with the list on the same line: "Assinam esta Carta: A, B, C", "Unterzeichnet von: A, B". */
const SIGNATORY_LABEL = new RegExp(
  `^(?:[^:：]{0,80}?[\\s,])?(${SIGNATORY_PHRASE})${COUNT}\\s*[:：]\\s*(\\S.*)$`,
  'iu',
);
// Chinese and Japanese: "聯署團體", "签署组织：", "發起組織：中學生連線" (no spaces, often no colon).
const CJK_SIGNATORY =
  /^(?:[(（]?(?:聯署|联署|連署|连署|簽署|签署|署名|發起|发起|賛同|呼びかけ)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}/、]{0,8})[)）]?(?:[(（][^)）]{0,40}[)）])?\s*(?:[:：]\s*(.*))?$/u;
// A sentence that introduces the list: "The first signatories of this letter are (in alphabetical order):".
const SIGNATORY_LEAD =
  /\b(?:signator|signatair|firmant|firmatar|unterzeichn|signatári|assinam|assinaram|subscrit|undersigned|co-?signed|endorsed|signed|signé|firmad|firmato)/iu;
const FIRST_PERSON = /^(?:we|nous|wir|nosotr[oa]s|nós|noi|wij)\b/iu;

/** Closings after which the names follow: the closing stays in the body, the block starts on the next line. */
const CLOSINGS = new RegExp(
  `^(?:${[
    'signed',
    '(?:yours )?sincerely(?: yours)?',
    'yours (?:faithfully|truly)',
    '(?:with )?(?:best|kind|warm|warmest)? ?regards',
    'respectfully(?: yours)?',
    'in solidarity',
    'with (?:thanks|gratitude|respect)',
    '(?:bien )?cordialement',
    'salutations (?:distinguées|solidaires|militantes)',
    'solidairement',
    'fraternellement',
    'atentamente',
    'cordialmente',
    '(?:un )?saludos?(?: cordiales| solidarios)?',
    'en solidaridad',
    'atenciosamente',
    'saudações(?: solidárias| cordiais)?',
    'respeitosamente',
    'em solidariedade',
    'mit (?:freundlichen|solidarischen|besten|herzlichen|kollegialen) gr[üu](?:ß|ss)en',
    '(?:freundliche|solidarische|viele|beste) gr[üu](?:ß|ss)e',
    'hochachtungsvoll',
    '(?:cordiali|distinti) saluti',
    'in fede',
    'met vriendelijke groet(?:en)?',
    '此致(?:\\s*敬禮|\\s*敬礼)?',
    '敬禮',
    '敬礼',
    'مع التحية',
    'وتفضلوا بقبول فائق الاحترام',
  ].join('|')})\\s*[,，.:;!]?\\s*$`,
  'iu',
);

const NOTES_HEADINGS = new RegExp(
  `^(?:${[
    "editors?['’]?\\s*notes",
    'notes(?: to editors)?',
    'references',
    'endnotes',
    'footnotes',
    'sources',
    'notas(?: al pie| de rodapé)?',
    'referencias',
    'referências',
    'fuentes',
    'fontes',
    'références',
    '(?:weitere )?anmerkungen',
    'fu(?:ß|ss)noten',
    'quellen',
    'einzelnachweise',
    'note',
    'riferimenti',
    'fonti',
    'noten',
    'bronnen',
    '注釋',
    '注释',
    '註釋',
    '註',
    '注',
    '參考資料',
    '参考资料',
    '参考文献',
    'المراجع',
    'الهوامش',
    'ملاحظات',
  ].join('|')})\\s*[:：]?\\s*$`,
  'iu',
);

/**
 * True for a line that is a signatory block's heading: "Signed by:", "Firmantes iniciales:", "聯署團體"; a line
 * marked as a heading (`marked`: "### …", a bold line) may go on: "### Firmas carta a la CCMA".
 */
export function isSignatoryHeading(text: string, marked = false): boolean {
  if (SIGNATORY_HEADING.test(text) || (marked && SIGNATORY_TITLE.test(text))) {
    return true;
  }
  return CJK_SIGNATORY.test(text) && text.length <= 40;
}

/**
 * A signatory heading with the list after it on the same line ("Assinam esta Carta: A, B, C"; "Eine Initiative
 * des Klimabündnisses, unterstützt von: A, B"; "發起組織：中學生連線"): the list, or null.
 */
export function signatoryLabelList(text: string): string | null {
  const cjk = CJK_SIGNATORY.exec(text);
  if (cjk) {
    return listAfterLabel(cjk[1]);
  }
  // A sentence that happens to hold "firmas:" is not a label: the label's lead-in is short and ends the clause.
  return listAfterLabel(SIGNATORY_LABEL.exec(text)?.[2]);
}

/** What follows a label's colon, unless it is only a count ("（共359個學校關注組及學生組織）"). */
function listAfterLabel(rest: string | undefined): string | null {
  const list = rest?.trim() ?? '';
  return list === '' || /^[(（][^)）]*[)）]$/u.test(list) ? null : list;
}

const GROUP_LABEL = new RegExp(`^${ORGS}\\s*[:：]?$`, 'iu');

/** True for a line that only names a group of signers ("Coletivos", "Individuals:", "Organizações"). */
export function isGroupLabel(text: string): boolean {
  return text.length <= 30 && GROUP_LABEL.test(text);
}

/** True for a closing after which the names follow ("Sincerely,", "Mit freundlichen Grüßen", "Signed,"). */
export function isClosing(text: string): boolean {
  return text.length <= 60 && CLOSINGS.test(text);
}

/** True for a line that is a notes block's heading ("Editors Notes:", "Referencias", "Fußnoten"). */
export function isNotesHeadingText(text: string): boolean {
  return NOTES_HEADINGS.test(text);
}

/**
 * True for a short sentence that introduces the list after it ("The first signatories of this letter are:"), not
 * one that speaks for them ("We, the undersigned, call on the Council to:").
 */
export function isSignatoryLead(text: string): boolean {
  const words = text.split(/\s+/u).length;
  return words <= 15 && /[:：]$/u.test(text) && SIGNATORY_LEAD.test(text) && !FIRST_PERSON.test(text);
}

/** True for a line that opens the signatory block: a heading, or a label with the list after it. */
export function opensSignatoryBlock(text: string, marked = false): boolean {
  if (text === '') {
    return false;
  }
  // A heading is short, and a label has its colon: most lines of a long list are neither, and skip the patterns.
  return (
    (text.length <= 120 && isSignatoryHeading(text, marked)) ||
    (/[:：]/u.test(text) && signatoryLabelList(text) !== null)
  );
}
