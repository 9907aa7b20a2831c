import {
  classAndId,
  childElements,
  forEachNode,
  textOf,
  TextSizes,
  type HtmlElement,
  type HtmlNode,
} from './html-tree';
import { isInvisible, type PageLeftOut } from './html-left-out';

// Elements that are a site's furniture, never a letter: menus, sidebars, forms and their controls, and the caption a
// site put under a picture.
const FURNITURE_ELEMENTS = new Set([
  'figcaption',
  'nav',
  'aside',
  'button',
  'select',
  'textarea',
  'input',
  'label',
  'menu',
  'dialog',
]);
const FURNITURE_ROLES =
  /^(navigation|banner|contentinfo|search|complementary|menu|menubar|dialog|alertdialog)$/u;
// Class and id words of page furniture, matched as whole words ("share-buttons", "cookie_notice", "sidebar").
const FURNITURE_WORDS =
  /(?:^|[\s_-])(share|sharing|sharedaddy|social|socials|cookie|cookies|consent|gdpr|newsletter|subscribe|subscription|breadcrumbs?|skip|sidebar|widget|widgets|related|comments|respond|navbar|navigation|menu|toolbar|pagination|pager|masthead|popup|modal|advert|advertisement|ads|promo|lang|language|languages|translations|search|hidden|sr-only|visually-hidden|screen-reader-text|print-only)(?=$|[\s_-])/u;
// Class words of text kept for screen readers or print only: not shown, so not kept as left out either.
const UNSEEN_WORDS =
  /(?:^|[\s_-])(hidden|sr-only|visually-hidden|screen-reader-text|print-only)(?=$|[\s_-])/u;
const HEADING = /^h[1-6]$/u;
const BLOCKS = /^(p|div|section|article|main|ul|ol|table|blockquote|h[1-6])$/u;
// Furniture found by its words must be small beside the page: a "has-sidebar" wrapper around the letter is not.
const MAX_SHARE_OF_PAGE = 0.3;
const MAX_MENU_ITEM = 120;

/** What the furniture test needs to know about the page as a whole. */
interface PageFacts {
  sizes: TextSizes;
  textLength: number;
  /** The host most of the page's absolute links point to: the site's own, when the page does not say. */
  siteHost: string;
  /** Whether the element is inside the page's article or main content (where a <header> holds the title). */
  inContent: boolean;
  /** Where what is taken out goes, to be shown after the letter. */
  leftOut: PageLeftOut;
}

/**
 * Removes a page's furniture from the tree: menus, sidebars, forms, site headers and footers, hidden text, share,
 * cookie and newsletter blocks, lists of links within the site (menus, language switchers), copyright lines, and a
 * heading or "label:" line that introduced only furniture. Lists of links to other sites stay: a list of
 * signatories often links each one to its website. What a reader of the page would see goes to `leftOut`; hidden
 * text does not.
 */
export function dropFurniture(root: HtmlElement, leftOut: PageLeftOut): void {
  const sizes = new TextSizes();
  const facts: PageFacts = {
    sizes,
    textLength: sizes.of(root),
    siteHost: siteHostOf(root),
    inContent: false,
    leftOut,
  };
  prune(root, facts);
}

function prune(element: HtmlElement, facts: PageFacts): void {
  const inContent = facts.inContent || element.name === 'article' || element.name === 'main';
  const inner = { ...facts, inContent };
  const removed = new Set<HtmlNode>();
  for (const child of element.children) {
    if (child.kind === 'element' && isFurniture(child, inner)) {
      removed.add(child);
      if (!isUnseen(child)) {
        facts.leftOut.add(child);
      }
    } else if (child.kind === 'element') {
      prune(child, inner);
    }
  }
  if (removed.size > 0) {
    element.children = withoutOrphanLabels(element.children, removed, facts);
  }
}

function isFurniture(element: HtmlElement, facts: PageFacts): boolean {
  const { attrs, name } = element;
  if (FURNITURE_ELEMENTS.has(name) || FURNITURE_ROLES.test(attrs.role ?? '')) {
    return true;
  }
  if (isInvisible(element)) {
    return true;
  }
  const share = facts.textLength === 0 ? 0 : facts.sizes.of(element) / facts.textLength;
  if (name === 'form' || name === 'footer' || (name === 'header' && !facts.inContent)) {
    return share < MAX_SHARE_OF_PAGE;
  }
  if (FURNITURE_WORDS.test(classAndId(element)) && share < MAX_SHARE_OF_PAGE) {
    return true;
  }
  return isCopyrightLine(element, facts.sizes) || isSiteLinkList(element, facts);
}

function isUnseen(element: HtmlElement): boolean {
  return isInvisible(element) || UNSEEN_WORDS.test(classAndId(element));
}

// A short block that states a copyright is the page's footer, wherever the page puts it.
function isCopyrightLine(element: HtmlElement, sizes: TextSizes): boolean {
  return (
    /^(p|div|small|span|section)$/u.test(element.name) &&
    sizes.of(element) < 200 &&
    // The innermost block only: reading every wrapper's text again would be quadratic on deep pages.
    !childElements(element).some((child) => BLOCKS.test(child.name)) &&
    /©|\bcopyright\b/iu.test(textOf(element))
  );
}

/** A list whose items are each one link within the site: a menu, a language switcher, a list of tags. */
function isSiteLinkList(element: HtmlElement, { siteHost, sizes }: PageFacts): boolean {
  if (element.name !== 'ul' && element.name !== 'ol') {
    return false;
  }
  const items = childElements(element).filter((item) => item.name === 'li');
  // A menu's items are a few words each; a list of paragraphs or of nested lists is the letter's.
  if (items.some((item) => sizes.of(item) > MAX_MENU_ITEM)) {
    return false;
  }
  const links = items.flatMap((item) => linksOf(item));
  if (items.length < 3 || links.length < items.length * 0.8) {
    return false;
  }
  const linkText = links.reduce((sum, link) => sum + sizes.of(link), 0);
  const inside = links.filter((link) => isSiteLink(link.attrs.href ?? '', siteHost)).length;
  return linkText >= sizes.of(element) * 0.8 && inside >= links.length * 0.6;
}

function linksOf(element: HtmlElement): HtmlElement[] {
  const links: HtmlElement[] = [];
  forEachNode(element, (node) => {
    if (node.kind === 'element' && node.name === 'a') {
      links.push(node);
      return false;
    }
    return undefined;
  });
  return links;
}

function isSiteLink(href: string, siteHost: string): boolean {
  const host = hostOf(href);
  return host === null || host === siteHost;
}

/** The host of an absolute address; null for one within the page's own site ("/about", "#top", "?page=2"). */
function hostOf(href: string): string | null {
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/iu.exec(href.trim());
  return match ? (match[1] ?? '').toLowerCase().replace(/^www\./u, '') : null;
}

function siteHostOf(root: HtmlElement): string {
  const counts = new Map<string, number>();
  forEachNode(root, (node) => {
    if (node.kind === 'element' && node.name === 'a') {
      const host = hostOf(node.attrs.href ?? '');
      if (host !== null) {
        counts.set(host, (counts.get(host) ?? 0) + 1);
      }
    }
  });
  let best = '';
  let most = 2; // one or two links to a host say nothing about the site
  for (const [host, count] of counts) {
    if (count > most) {
      best = host;
      most = count;
    }
  }
  return best;
}

/**
 * The children left once the removed ones are gone, without a heading or a short "label:" line whose section held
 * only furniture ("Related articles" over a list of links, "Read this page in another language:").
 */
function withoutOrphanLabels(
  children: readonly HtmlNode[],
  removed: ReadonlySet<HtmlNode>,
  { sizes, leftOut }: PageFacts,
): HtmlNode[] {
  const kept: HtmlNode[] = [];
  // The open heading or "label:" line: where it is in `kept`, and whether furniture followed it.
  const open: { label: { at: number; heading: boolean; sawRemoved: boolean } | null } = { label: null };
  const dropOrphan = (): void => {
    if (open.label?.sawRemoved) {
      kept.splice(open.label.at, 1).forEach((label) => leftOut.add(label));
    }
    open.label = null;
  };
  for (const child of children) {
    if (removed.has(child)) {
      if (open.label) {
        open.label.sawRemoved = true;
      }
    } else if (sizes.of(child) === 0) {
      kept.push(child);
    } else {
      const heading = child.kind === 'element' && HEADING.test(child.name);
      // A heading introduces everything up to the next heading; a "label:" line only the block after it.
      if (open.label && (heading || !open.label.heading)) {
        dropOrphan();
      }
      const label = child.kind === 'element' && isLabel(child, sizes);
      open.label = label ? { at: kept.length, heading, sawRemoved: false } : null;
      kept.push(child);
    }
  }
  dropOrphan();
  return kept;
}

function isLabel(element: HtmlElement, sizes: TextSizes): boolean {
  if (HEADING.test(element.name)) {
    return true;
  }
  return (
    /^(p|div|strong|b)$/u.test(element.name) && sizes.of(element) <= 80 && /[:：]\s*$/u.test(textOf(element))
  );
}
