import { describe, expect, it } from 'vitest';
import { importLetterText } from '../../src-common/import/build-letter';
import { blockLines, linesOf, segmentLetter } from '../../src-common/import/segment';
import { isJunkLine, isPageLineAboveList } from '../../src-common/import/segment-junk';

// The page's own lines between a letter and its list of names: a "sign here" button, a link to a document, where the
// post was first published. Lines from real letters (an appeal to the Venice film festival, a Portuguese open letter).

function parts(lines: readonly string[]) {
  const segments = segmentLetter(lines);
  return {
    body: linesOf(lines, segments.body),
    block: linesOf(lines, segments.signatories),
    names: blockLines(lines, segments.signatories),
  };
}

function names(lines: readonly string[]): string[] {
  return importLetterText(lines.join('\n'), () => 'id').signatories.map((signatory) => signatory.name);
}

describe('the page between a letter and its signatories', () => {
  it('leaves a "sign here" button and a link to another document out of the letter and out of the names', () => {
    const lines = [
      '# AND YET GAZA KEEPS BURNING',
      '',
      'We invite everyone to our panel, where we will present the document we are drafting.',
      '',
      '### WHAT IS THE POINT OF WATCHING, IF NO ACTIONS ARE TAKEN?',
      '',
      '[**SIGN HERE THIS OPEN LETTER**](https://cryptpad.fr/form/#/2/form/view/g68i6Hv/)',
      '',
      '[**You may read the legal document here.**](https://venice4palestine.org/media/files/Legal_declaration.pdf)',
      '',
      '**SIGNATORIES:**',
      '',
      'Annie Ernaux - scrittrice Premio Nobel (Francia)',
      'Roger Waters - musicista (Regno Unito)',
      'Saleh Bakri - attore (Palestina)',
    ];
    const { body, block } = parts(lines);
    expect(body.at(-1)).toBe('### WHAT IS THE POINT OF WATCHING, IF NO ACTIONS ARE TAKEN?');
    expect(block.slice(0, 2)).toEqual([lines[6], lines[8]]);
    expect(names(lines)).toEqual(['Annie Ernaux', 'Roger Waters', 'Saleh Bakri']);
  });

  it('leaves out where the post was first published and its address, above the list', () => {
    const lines = [
      '**Criminalizar Vidas Negras para Absolver o Sistema**',
      '',
      'Exigimos justiça para Cláudia Simões.',
      '',
      'Assinada por mais de 260 pessoas e coletivos.',
      '',
      '**[Publicada na AfroLink](https://afrolink.pt/criminalizar-vidas-negras/)**',
      '',
      '<https://afrolink.pt/criminalizar-vidas-negras/>',
      '',
      'Coletivos subscritores:',
      '',
      'Afrolis – Associação Cultural',
      'Batoto Yetu Portugal',
      'Djass – Associação de Afrodescendentes',
    ];
    const { body, names: listed } = parts(lines);
    expect(body.at(-1)).toBe('Assinada por mais de 260 pessoas e coletivos.');
    expect(listed).toEqual(lines.slice(12));
  });

  it('keeps the letter’s last sentence in the letter, and a website on its own line inside the list', () => {
    const lines = [
      'Open letter',
      '',
      'We call on the Council to act now.',
      '',
      'Signed by:',
      'Free Tibet',
      'https://freetibet.org',
      'Tibet Watch',
    ];
    const { body, names: listed } = parts(lines);
    expect(body).toEqual(['We call on the Council to act now.']);
    expect(listed).toEqual(['Free Tibet', 'https://freetibet.org', 'Tibet Watch']);
    expect(isJunkLine('https://freetibet.org')).toBe(false);
    expect(isPageLineAboveList('<https://afrolink.pt/criminalizar-vidas-negras/>')).toBe(true);
  });

  it.each([
    'You may read the legal document here.',
    'Read the full report here',
    'See the list of signatories here:',
  ])('reads "%s" as the page’s', (line) => {
    expect(isJunkLine(line)).toBe(true);
  });

  it.each(['We are here.', 'Read our demands: here they are, and more besides'])('keeps "%s"', (line) => {
    expect(isJunkLine(line)).toBe(false);
  });

  it('never reads a heading inside the list as a name', () => {
    const lines = [
      '# Öffentliches Geld? Öffentlicher Code!',
      '',
      'Deshalb rufen wir, die Unterzeichnerinnen, unsere Abgeordneten auf.',
      '',
      '## Unterstützende Organisationen',
      '',
      '- [Free Software Foundation Europe](https://fsfe.org/)',
      '- [OpenSUSE](https://www.opensuse.org/)',
      '- [Joomla](https://www.joomla.org/)',
      '',
      '## Übersicht der Unterschriften',
      '',
      '- Jane Doe',
    ];
    expect(names(lines)).toEqual(['Free Software Foundation Europe', 'OpenSUSE', 'Joomla', 'Jane Doe']);
  });
});

describe('the authors named after a statement', () => {
  // The end of the Bündnis F5 statement on the Deutschland-Stack (tests/fixtures/real-letters): a contact paragraph,
  // then its two authors, each with the organization and the e-mail address to write to.
  const ending = [
    'Stellungnahme zum Deutschland-Stack',
    '',
    'Wir empfehlen, die Zusammenhänge zwischen den Zielen und den in der Landkarte aufgeführten Komponenten klarer auszuarbeiten.',
    '',
    'Kontakt',
    'Mit dem Bündnis F5 treten AlgorithmWatch, die Gesellschaft für Freiheitsrechte, die Open Knowledge Foundation, Reporter ohne Grenzen und Wikimedia Deutschland für eine offene Digitalpolitik ein.',
    'E-Mail: info@buendnis-f5.de',
    '',
    'Autor:innen',
    'Ben Burmeister',
    '',
    'Open Knowledge Foundation Deutschland',
    'ben.burmeister@okfn.de',
    '',
    'Stefan Kaufmann',
    'Wikimedia Deutschland',
    'stefan.kaufmann@wikimedia.de',
  ];

  it('reads names each given with an e-mail address as the letter’s contacts, not its signatories', () => {
    expect(names(ending)).toEqual([]);
    expect(parts(ending).body).toContain('stefan.kaufmann@wikimedia.de');
  });

  it('still reads a list of names with one address among them as signatories', () => {
    const signed = [
      ...ending.slice(0, 4),
      'Ben Burmeister',
      'Stefan Kaufmann',
      'Lea Roth',
      'kontakt@example.org',
    ];
    expect(names(signed)).toEqual(['Ben Burmeister', 'Stefan Kaufmann', 'Lea Roth', 'kontakt@example.org']);
  });
});
