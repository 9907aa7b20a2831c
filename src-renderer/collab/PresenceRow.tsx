import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { initials } from '../../src-common/text/initials';
import './collab.css';

/** A co-editor with the letter open. */
export interface Person {
  clientId: number;
  name: string;
  colour: string;
}

/** The people with the letter open right now (not counting this window), with their caret colours. */
export function PresenceRow({ awareness }: { awareness: Awareness }) {
  const people = usePeople(awareness);
  if (people.length === 0) {
    return null;
  }
  const names = people.map((person) => person.name).join(', ');
  return (
    <ul className="presence-row" aria-label={`Also editing: ${names}`}>
      {people.map((person) => (
        <li
          key={person.clientId}
          className="avatar"
          title={person.name}
          style={{ backgroundColor: person.colour }}
        >
          <span aria-hidden="true">{initials(person.name)}</span>
          <span className="visually-hidden">{person.name}</span>
        </li>
      ))}
    </ul>
  );
}

/** The people with the letter open right now, besides this window; none for a letter that is not shared. */
export function usePeople(awareness: Awareness | null): Person[] {
  const [people, setPeople] = useState<Person[]>([]);
  useEffect(() => {
    if (!awareness) {
      return;
    }
    const read = () => {
      const others: Person[] = [];
      awareness.getStates().forEach((state, clientId) => {
        const user: unknown = state.user;
        if (clientId === awareness.clientID || typeof user !== 'object' || user === null) {
          return;
        }
        const name = 'name' in user && typeof user.name === 'string' ? user.name : 'Someone';
        const colour = 'color' in user && typeof user.color === 'string' ? user.color : '#6b7280';
        others.push({ clientId, name, colour: /^#[0-9a-f]{6}$/i.test(colour) ? colour : '#6b7280' });
      });
      setPeople(others);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return people;
}
