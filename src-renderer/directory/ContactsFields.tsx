import type { Contact } from '../../src-common/api/directory-schemas';

interface ContactsFieldsProps {
  contacts: readonly Contact[];
  onChange(contacts: Contact[]): void;
}

const FIELDS = [
  { key: 'name', label: 'Contact name', type: 'text' },
  { key: 'email', label: 'E-mail', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
] as const;

/** The people to write to about an organization: kept on this computer only, never in a letter. */
export function ContactsFields({ contacts, onChange }: ContactsFieldsProps) {
  const update = (index: number, patch: Partial<Contact>) =>
    onChange(contacts.map((contact, at) => (at === index ? { ...contact, ...patch } : contact)));
  return (
    <fieldset className="directory-contacts">
      <legend>Contacts (kept on this computer only, never in a letter)</legend>
      {contacts.map((contact, index) => (
        <div key={index} className="directory-contact" role="group" aria-label={`Contact ${index + 1}`}>
          {FIELDS.map((field) => (
            <input
              key={field.key}
              type={field.type}
              aria-label={field.label}
              placeholder={field.label}
              dir="auto"
              value={contact[field.key]}
              onChange={(event) => update(index, { [field.key]: event.target.value })}
            />
          ))}
          <button
            type="button"
            className="button small ghost"
            aria-label={`Remove contact ${index + 1}`}
            onClick={() => onChange(contacts.filter((_, at) => at !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...contacts, { name: '', email: '', phone: '' }])}
      >
        Add a contact
      </button>
    </fieldset>
  );
}
