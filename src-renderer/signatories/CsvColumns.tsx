import { useId } from 'react';
import type { CsvMapping, CsvTable } from '../../src-common/signatories/csv-list';

interface CsvColumnsProps {
  table: CsvTable;
  mapping: CsvMapping;
  onChange(mapping: CsvMapping): void;
}

/** The column-mapping step of a CSV import: which column is the organization, which the country and the chapter. */
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
      <ColumnChoice
        id={`${id}-country`}
        label="Country column"
        columns={table.columns}
        value={mapping.country}
        onChange={(country) => onChange({ ...mapping, country })}
      />
      <ColumnChoice
        id={`${id}-chapter`}
        label="Chapter column"
        columns={table.columns}
        value={mapping.chapter}
        onChange={(chapter) => onChange({ ...mapping, chapter })}
      />
      <p className="muted small-text">
        {table.rows.length} rows. Contact names, e-mails and phone numbers are not added to the letter.
      </p>
    </div>
  );
}

interface ColumnChoiceProps {
  id: string;
  label: string;
  columns: readonly string[];
  value: string | null;
  onChange(column: string | null): void;
}

/** A column that may be left out: "(none)" is null. */
function ColumnChoice({ id, label, columns, value, onChange }: ColumnChoiceProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">(none)</option>
        {columns.map((column) => (
          <option key={column}>{column}</option>
        ))}
      </select>
    </>
  );
}
