import { describe, expect, it } from 'vitest';
import { numberedRows } from '../../../src-common/signatories/cleanup/numbered-rows';
import { readPastedList } from '../../../src-common/signatories/cleanup/pasted-list';
import { allSuggestionIds, applySuggestions } from '../../../src-common/signatories/cleanup/suggestions';

function names(lines: readonly string[]): string[] {
  const list = readPastedList(lines.join('\n'));
  if (!list.parse) {
    throw new Error(list.refusal);
  }
  return applySuggestions(list.parse, allSuggestionIds(list.parse)).map((entry) => entry.name);
}

// The start of a four-column table of 457 start-ups as pdftotext reads it (pdf-en-india-startups-open-internet-2015):
// numbers and names on lines of their own, cells out of reading order, two cells on one line.
const TABLE = [
  '1',
  '34 Cross',
  '52',
  'Branddify',
  '101 DataCulture',
  '150 Fromahome',
  '2',
  '48 Arts and Crafts',
  '53',
  'Brandniti',
  '102 Dataphi Labs',
  '151 fullhyd.com',
  '3',
  '7Halo',
  '54',
  'Broadamp technologies',
  '103 Datoin',
  '152 Fungru',
  '4',
  '7Prosper',
  '55',
  'BuyHatke',
  '104 DCCPER',
  '153 Fuzion Productions',
  '5',
  'Accrete Globus Technology 56',
  'Byte matrix',
  '105 Demach',
  '154 Gaboli Online Services',
  '6',
  'AcFire Computing',
  '57',
  'Byteridge',
  '106 Design2Occupancy Services 155 Gamiana',
  '7',
  'Acrodelon Technologies',
  '58',
  'C42 Engineering',
  '107 Diet Code',
  '156 GazeMetrix',
];

describe('a numbered table copied from a PDF', () => {
  it('reads the names without the row numbers, wherever the numbers stand', () => {
    expect(names(TABLE)).toEqual([
      '34 Cross',
      'Branddify',
      'DataCulture',
      'Fromahome',
      '48 Arts and Crafts',
      'Brandniti',
      'Dataphi Labs',
      'fullhyd.com',
      '7Halo',
      'Broadamp technologies',
      'Datoin',
      'Fungru',
      '7Prosper',
      'BuyHatke',
      'DCCPER',
      'Fuzion Productions',
      'Accrete Globus Technology',
      'Byte matrix',
      'Demach',
      'Gaboli Online Services',
      'AcFire Computing',
      'Byteridge',
      'Design2Occupancy Services',
      'Gamiana',
      'Acrodelon Technologies',
      'C42 Engineering',
      'Diet Code',
      'GazeMetrix',
    ]);
  });

  it('keeps a number that begins a name when the row with that number is written elsewhere', () => {
    const rows = numberedRows(TABLE);
    // "1" is the row's number; "34 Cross" is read as it is, as row 34 is numbered elsewhere.
    expect(rows?.[0]).toEqual([]);
    expect(rows?.[1]).toBeNull();
    expect(rows?.[4]).toEqual(['DataCulture']);
  });

  it('reads rows numbered without a full stop, one a line', () => {
    const organizations = [
      'Accrete Globus Technology',
      'AcFire Computing',
      'Acrodelon Technologies',
      'ActiveSphere',
      'Adapt Ready',
      'AddoDoc',
      'Adroitech',
      'AdTriangle',
      'Agentdesks',
      'Aindra Systems',
      'All Events in City',
    ];
    expect(names(organizations.map((name, index) => `${index + 5} ${name}`))).toEqual(organizations);
  });

  it('leaves a number that ends each name to the name', () => {
    const locals = Array.from({ length: 12 }, (_, index) => `UFCW Local ${index + 1}`);
    expect(numberedRows(locals)).toBeNull();
  });

  it('does not read a list whose names merely start with numbers as a table', () => {
    const lines = [
      '350 Bay Area',
      '1 Million Women',
      'Greenpeace',
      '2 Degrees Network',
      'Friends of the Earth',
    ];
    expect(numberedRows(lines)).toBeNull();
    expect(names(lines)).toEqual(lines);
  });
});
