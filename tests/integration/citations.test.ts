import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationInputSchema } from '../../src-common/api/citations-schemas';
import { saveCitation, searchCitations, secureCitationUrls } from '../../src-main/store/citations';
import { openDatabase } from '../../src-main/store/database';
import { tempDir } from '../support/temp';

const source = (fields: Record<string, string>) => citationInputSchema.parse(fields);

describe('the citation library', () => {
  it('finds sources by any words of any field, ignoring case and accents', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'));
    saveCitation(db, {
      citation: source({
        title: 'The Xinjiang Police Files',
        publisher: 'BBC',
        url: 'https://www.bbc.com/news/world-asia-china-61497106',
      }),
    });
    saveCitation(db, {
      citation: source({ title: 'Report on Ürümqi detention', publisher: 'Uyghur Human Rights Project' }),
    });
    expect(
      searchCitations(db, { query: 'police bbc', limit: 20 }).map((citation) => citation.publisher),
    ).toEqual(['BBC']);
    expect(searchCitations(db, { query: 'URUMQI', limit: 20 }).map((citation) => citation.publisher)).toEqual(
      ['Uyghur Human Rights Project'],
    );
    expect(searchCitations(db, { query: '', limit: 20 })).toHaveLength(2);
    expect(searchCitations(db, { query: '100%_', limit: 20 })).toEqual([]);
  });

  it('keeps one entry per address when the same source is saved again', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'));
    const first = saveCitation(db, {
      citation: source({ title: 'Draft title', url: 'https://www.ohchr.org/en/statements' }),
    });
    const second = saveCitation(db, {
      citation: source({ title: 'Final title', url: 'https://www.ohchr.org/en/statements' }),
    });
    expect(second.id).toBe(first.id);
    expect(searchCitations(db, { query: '', limit: 20 }).map((citation) => citation.title)).toEqual([
      'Final title',
    ]);
  });

  it('refuses a source with neither title nor address', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'));
    expect(() => saveCitation(db, { citation: source({ title: '' }) })).toThrow(
      /at least a title or a web address/,
    );
  });

  it('lists the https addresses it knows, for the check that prefers them', () => {
    const db = openDatabase(join(tempDir(), 'c.sqlite'));
    saveCitation(db, { citation: source({ title: 'Secure', url: 'https://hkdc.us/report' }) });
    saveCitation(db, { citation: source({ title: 'Plain', url: 'http://old.example.org/' }) });
    expect(secureCitationUrls(db, {})).toEqual(['https://hkdc.us/report']);
  });
});
