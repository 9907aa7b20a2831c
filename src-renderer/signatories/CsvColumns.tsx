import { useId } from 'react';
import type { CsvMapping, CsvTable } from '../../src-common/signatories/csv-list';

interface CsvColumnsProps {
  table: CsvTable;
  mapping: CsvMapping;
  onChange(mapping: CsvMapping): void;
}

/** The column-mapping step of a CSV import: which column is the organization, which the country or chapter. */
export function CsvColumns({ table, mapping, onChange }: CsvColumnsProps) {
  const id = useId();
  return (
    <div className="csv-columns" role="group" aria-label="Columns of the CSV file">
      <label htmlFor={`${id}-name`}>Organization column</label>
      <select
        id={`${id}-name`}
        value={mapping.name}
        onChange={(event) => onChange({ ...mapping, name: event.target.value })}
      >
        {table.columns.map((column) => (
          <option key={column}>{column}</option>
        ))}
      </select>
      <label htmlFor={`${id}-country`}>Country or chapter column</label>
      <select
        id={`${id}-country`}
        value={mapping.country ?? ''}
        onChange={(event) =>
          onChange({ ...mapping, country: event.target.value === '' ? null : event.target.value })
        }
      >
        <option value="">(none)</option>
        {table.columns.map((column) => (
          <option key={column}>{column}</option>
        ))}
      </select>
      <p className="muted small-text">
        {table.rows.length} rows. Contact names, e-mails and phone numbers are not added to the letter.
      </p>
    </div>
  );
}
