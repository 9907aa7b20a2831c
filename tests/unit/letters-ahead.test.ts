import { describe, expect, it } from 'vitest';
import type { Api } from '../../src-common/api/client';
import { lettersAhead, readLettersAhead } from '../../src-renderer/home/letters-ahead';

// An API whose every list is a new read, told apart by its number.
function countingApi(): { api: Api; reads: () => number } {
  let reads = 0;
  const api = {
    call() {
      reads += 1;
      return Promise.resolve([{ title: `read ${reads}` }]);
    },
  } as unknown as Api;
  return { api, reads: () => reads };
}

describe('the home screen’s list read as the page loads', () => {
  it('is taken by the first load only', async () => {
    const { api, reads } = countingApi();
    readLettersAhead(api);
    expect(await lettersAhead(api, false)).toEqual([{ title: 'read 1' }]);
    expect(lettersAhead(api, false)).toBeNull();
    expect(reads()).toBe(1);
  });

  it('is dropped by a first load of the trash, so no later load shows it', () => {
    const { api } = countingApi();
    readLettersAhead(api);
    expect(lettersAhead(api, true)).toBeNull();
    expect(lettersAhead(api, false)).toBeNull();
  });

  it('is not handed to a load through another backend', () => {
    const { api } = countingApi();
    readLettersAhead(api);
    expect(lettersAhead(countingApi().api, false)).toBeNull();
  });
});
