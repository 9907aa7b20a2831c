import type { Handlers } from '../../src-common/api/handler-table';
import type { Store } from '../store/store';

type DirectoryChannel = Extract<keyof Handlers, `directory:${string}`>;

/** The organization directory's channels: each is one store operation. */
export function directoryHandlers(store: Store): Pick<Handlers, DirectoryChannel> {
  return {
    'directory:search': (request) => store.call('searchDirectory', request),
    'directory:get': (request) => store.call('getDirectoryEntry', request),
    'directory:save': (request) => store.call('saveDirectoryEntry', request),
    'directory:delete': (request) => store.call('deleteDirectoryEntry', request),
    'directory:addAlias': (request) => store.call('addDirectoryAlias', request),
    'directory:merge': (request) => store.call('mergeDirectoryEntries', request),
    'directory:addMany': (request) => store.call('addDirectoryEntries', request),
    'directory:aliases': () => store.call('listDirectoryAliases', {}),
    'directory:resolve': (request) => store.call('resolveDirectoryEntries', request),
    'directory:contacts': (request) => store.call('directoryContacts', request),
    'directory:recordLetter': (request) => store.call('recordLetterSignatures', request),
  };
}
