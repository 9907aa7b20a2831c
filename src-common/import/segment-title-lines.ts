import { isJunkLine } from './segment-junk';
import { isDateLine } from './segment-names';

// What one line of a pasted letter looks like to the title search: a lead-in, a kicker, a salutation, a heading's
// marks, a line that can be a title, the page's furniture above the title.

// "Read the full letter below", "Leia a nota na íntegra:", "Confira abaixo o documento completo:": the letter
// follows, so the next line is its title.
export const LEAD_IN =
  /(?:\b(?:read|see|find|leia|lea|lee|lisez|lies|leggi|confira|veja|below|abaixo)\b.{0,40}\b(?:letter|statement|text|carta|nota|manifesto|documento|brief|lettre|lettera|declaração|declaración)\b|\b(?:na íntegra|a íntegra|íntegra d[aoe]|full text|texto completo|texto íntegro|im wortlaut|texte intégral|testo integrale)\b|全文如下|全文\s*[:：]$)/iu;
// A kicker that names the kind of text above its title: "CARTA ABIERTA", "Offener Brief der Göttinger Klimagruppen".
export const KICKER =
  /^(?:(?:an |a |joint |gemeinsames |gemeinsamer )?(?:open letter|offener brief|lettre ouverte|carta abierta|carta aberta|lettera aperta|open brief|press release|pressemitteilung|communiqué(?: de presse)?|comunicado(?: de prensa| de imprensa)?|positionspapier|position paper|statement|joint statement|erklärung|declaración|declaração|nota pública|公開信|公开信|聯合聲明|联合声明))(?:\s+(?:der|des|von|of|from|by|de|do|da|dos|das|del|di|della)\b.*)?\s*[:.]?$/iu;
export const SALUTATION =
  /^(?:dear|to whom|hello|hi|liebe|lieber|sehr geehrte|hallo|cher|chère|chers|chères|madame|monsieur|estimad[oa]s?|queridos?|queridas?|prezad[oa]s?|caro|cara|cari|care|gentile|gentili|egregi[oa]|onorevol[ei]|spettabile|geachte|beste|尊敬的|致)\b/iu;
export const REPORTS_SIGNED =
  /(?<!\p{L})(?:signed|endorsed|signée?s?|assinad[ao]s?|subscrit[ao]s?|firmad[ao]s?|suscrit[ao]s?|unterzeichnet|unterschrieben|sottoscritt[ao]|firmat[ao])\s+(?:by|par|por|von|da)\s/iu;
export const FIRST_PERSON =
  /(?<!\p{L})(?:we|our|us|nous|nos|notre|wir|unsere?|uns|nosotr[oa]s|nuestr[oa]s?|nós|noss[oa]s?|noi|nostr[oa]|nostri|wij|onze)(?!\p{L})/iu;
export const SUBJECT =
  /^(?:subject|re|betreff|assunto|asunto|objet|oggetto|onderwerp|主題|主题|事由)\s*[:：]\s*\S/iu;
export const CONNECTOR_END =
  /(?:\b(?:and|or|of|the|for|to|in|on|a|an|with|und|oder|der|die|das|des|für|von|mit|zu|im|ein|eine|et|ou|de|du|des|la|le|les|pour|y|o|del|el|los|las|para|con|en|e|do|da|dos|das|no|na|com|di|della|per|il)|[,:–—-]|\b\d{1,4}\.)$/iu;

/** The line marks (`#`, `**`) that make a line look like a heading in letter text. */
export function isMarked(line: string): boolean {
  const trimmed = line.trim();
  return /^#{1,6}\s/u.test(trimmed) || /^(?:\*\*|__)[^*_].*(?:\*\*|__)$/u.test(trimmed);
}

/** How many words a line has. */
export function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A line a title can be: short, no sentence, not a date, a salutation or the page's furniture. */
export function isTitleLike(text: string): boolean {
  if (text === '' || isJunkLine(text) || isDateLine(text) || SALUTATION.test(text)) {
    return false;
  }
  const long = /[\p{Script=Han}]/u.test(text) ? text.length > 60 : wordCount(text) > 25;
  const sentence = /[.;。][”"’»)]?$/u.test(text) && !/\b\d{1,4}\.$/u.test(text);
  return !long && !sentence && !/^[-*•]\s/u.test(text);
}

/** Lines before the title that are the page's: a byline, a photo credit, a date, an image, "Share". */
export function isFurnitureBeforeTitle(line: string, text: string): boolean {
  const italicOnly = /^[*_][^*_].*[*_]$/u.test(line.trim()) && !isMarked(line) && wordCount(text) <= 8;
  return (
    isJunkLine(text) ||
    isDateLine(text) ||
    italicOnly ||
    /^!\[[^\]]*\]\([^)]*\)$/u.test(line.trim()) ||
    /^(?:by|por|von|par|di|da|de|do|from)\s+\S+(?:\s+\S+){0,4}$/iu.test(text) ||
    /^\S+\/\S+$/u.test(text)
  );
}
