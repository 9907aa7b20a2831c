import { isoDate } from './front-matter';
import { plainText } from '../text/inline-marks';

/**
 * The page furniture websites put around a letter: share buttons, "Sign the letter", "Download the PDF", bylines,
 * "Published 3 March 2025", tags, navigation and footers. From the first such line after the letter's last part
 * starts, the rest is the page's, not the letter's.
 */

const NETWORKS =
  '(?:facebook|twitter|x|mastodon|bluesky|linkedin|whatsapp|telegram|reddit|instagram|ig|fb|youtube|tiktok|e-?mail|print|copy link|pinterest|tumblr|weibo|wechat|vk|pocket|flipboard|rss)';

const JUNK_PATTERNS = [
  // Share buttons, one per line or all on one: "Share: Mastodon Bluesky", "Compartir en Facebook".
  new RegExp(
    `^(?:(?:share|share this(?: (?:page|post|article|letter))?|share on|teilen|partager|compartir|compartilhe|compartilhar|condividi|分享)(?:\\s+(?:on|en|em|auf|sur|su))?\\s*[:：]?\\s*)?(?:${NETWORKS}[\\s,|·•/]*)+$`,
    'iu',
  ),
  /^(?:share|share this(?: (?:page|post|article|letter))?|teilen|partager|compartir|compartilhe|condividi|分享)\s*[:：]?$/iu,
  // Calls to sign, put after the list by campaign sites.
  /^(?:\+\s*)?(?:click (?:here )?to )?(?:sign|add your (?:name|signature|organi[sz]ation)|co-?sign|endorse)(?: (?:this|the|our) (?:letter|statement|petition|appeal|open letter))?(?: (?:here|now|below|too))?\s*[!.:]?$/iu,
  /^(?:sign here|ways to sign(?: this letter)?|to sign,|how to sign|want to sign|if you (?:would like|want|wish) to sign|jetzt (?:unterzeichnen|unterschreiben)|unterzeichne(?:n sie)? (?:jetzt|hier)|firma (?:aquí|aqui|ahora|la carta)|firmar|assine(?: aqui| já| a carta)?|signez(?: la lettre| ici)?|signer la lettre|firma qui|firma ora|aderisci)\b/iu,
  /^(?:recogida de firmas|collecting signatures|signature collection)\b/iu,
  /^(?:see|view|show|read) (?:all|the full list of|more)\b.{0,100}\b(?:signatures|signatories|signers|names)\b/iu,
  /^alle\b.{0,60}\b(?:unterschriften|unterzeichnenden)\b.{0,20}(?:ansehen|anzeigen)\.?$/iu,
  // "You may read the legal document here.": a link to another page.
  /^(?:you (?:can|may) )?(?:read|see|view|find|download)\b.{0,80}\bhere\s*[.!:]?$/iu,
  // Downloads of the letter itself.
  /^(?:download|télécharger|descarga|descargar|baixe|baixar|herunterladen|scarica|下載|下载)\b.{0,60}$/iu,
  // Bylines and dates of the post.
  /^(?:posted|published|updated|last updated|publicado|publicada|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)(?: (?:on|em|el|le|am|il|in|by|por|par|von|da))?\b.{0,80}$/iu,
  /^(?:tags?|categories|category|filed under|posted in|schlagworte|kategorien|étiquettes|etiquetas|categorias|categorías)\s*[:：].*$/iu,
  // Navigation and footers.
  /^(?:read more|read next|leia (?:mais|também)|lire (?:la )?suite|weiterlesen|leer más|leggi (?:anche|tutto)|related(?: posts| articles| news)?|previous(?: post)?|next(?: post)?|older posts|newer posts|back to top|nach oben|subscribe|newsletter|abonnieren|suscríbete|inscreva-se|abonnez-vous|powered by\b.*|all rights reserved|impressum|datenschutz|privacy(?: policy)?|cookie(?:s| policy| settings)?|contact us|kontakt)\s*[:：.]?$/iu,
  /^(?:©|\(c\)\s|copyright\b).*$/iu,
  // "Weitere Informationen...", "More information": a link to more, after the letter.
  /^(?:weitere informationen|mehr informationen|more information|more info|mais informações|más información|plus d['’]informations|maggiori informazioni|ulteriori informazioni)\s*(?:[:：.…]+)?$/iu,
  // The site's editor credit under a post: "*Editado por Leonardo Fernandes", "Edited by …".
  /^\*?(?:edited by|editado por|editada por|edição de|edición de|editado|édité par|a cura di|redigiert von|redaktion)\s*[:：]?\s+\p{Lu}.{0,60}$/iu,
  /^(?:請加入成為|请加入成为|訂閱|订阅|相關文章|相关文章|延伸閱讀|延伸阅读)/u,
];

// An invitation to sign inside a sentence: "Si vous … souhaitez signer cette lettre, envoyez-nous un mail".
const WISH_TO_SIGN = [
  'souhaitez signer',
  'want to sign',
  'would like to sign',
  'wish to sign',
  'möchtest du unterzeichnen',
  'möchten sie unterzeichnen',
  'quiere firmar',
  'quieres firmar',
  'quer assinar',
  'quiser assinar',
  'vuoi firmare',
];

// The form markers Word leaves in text copied from a page with a form ("Principio del formulario", "Top of Form"):
// they mark where the form was, anywhere in the letter, so they do not end a block as furniture does.
const FORM_MARKER =
  /^(?:[-*]\s+)?(?:(?:top|bottom) of form|principio del formulario|final del formulario|début du formulaire|fin du formulaire|formularbeginn|formularende|início do formulário|fim do formulário|parte (?:superior|inferior) do formulário|inizio modulo|fine modulo|begin van formulier|einde van formulier)$/iu;

/** True for a form marker Word leaves in copied text ("Principio del formulario", "Bottom of Form"). */
export function isFormMarker(text: string): boolean {
  return text.length <= 40 && FORM_MARKER.test(text.trim());
}

// A line that is only a web address ("<https://afrolink.pt/…>"): the post's own address, above a list. Not furniture
// inside a list, where a signatory's website may stand on a line of its own.
const BARE_ADDRESS = /^<?https?:\/\/\S+>?$/iu;

/** True for a line of the page right above a signatory block: furniture, or the bare address of the post. */
export function isPageLineAboveList(text: string): boolean {
  return isJunkLine(text) || BARE_ADDRESS.test(text);
}

/** True for a line of page furniture (as read by `lineText`). */
export function isJunkLine(text: string): boolean {
  if (text === '' || text.length > 200) {
    return false;
  }
  // Plain substring tests: a regular expression searched at every position of every line is slow on long lists.
  const lower = text.toLowerCase();
  return (
    WISH_TO_SIGN.some((phrase) => lower.includes(phrase)) ||
    JUNK_PATTERNS.some((pattern) => pattern.test(text))
  );
}

/** The date a "Published 3 March 2025" or "Posted on 2019-12-17" line gives, as YYYY-MM-DD; null otherwise. */
export function publicationDate(text: string): string | null {
  const match =
    /^(?:posted|published|publicado|publicada|publié|veröffentlicht|pubblicato)(?: (?:on|em|el|le|am|il|in))?\s*[:：]?\s*(.{6,40})$/iu.exec(
      text,
    );
  return match?.[1] ? isoDate(match[1]) : null;
}

/** The publication date a "Published …" line before or after the letter gives (the left-out parts), if any. */
export function findPublicationDate(
  lines: readonly string[],
  segments: { preamble: { start: number; end: number }; junk: { start: number; end: number } },
): string | null {
  const leftOut = [
    ...lines.slice(segments.preamble.start, segments.preamble.end),
    ...lines.slice(segments.junk.start, segments.junk.end),
  ];
  for (const line of leftOut) {
    const date = publicationDate(plainText(line.trim()).trim());
    if (date !== null) {
      return date;
    }
  }
  return null;
}
