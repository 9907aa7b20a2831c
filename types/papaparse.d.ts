// The part of papaparse the app uses. Its published types reference Node's, which would leak Node globals into the
// code that must run without Node (src-common, src-renderer); these declarations do not.
declare module 'papaparse' {
  interface ParseConfig {
    header: true;
    skipEmptyLines?: boolean | 'greedy';
    transformHeader?: (header: string) => string;
  }

  interface ParseResult<T> {
    data: T[];
    errors: { message: string; row?: number }[];
    meta: { fields?: string[] };
  }

  interface UnparseConfig {
    /** Prefixes cells that match (true: starting with =, +, -, @) so a spreadsheet does not run them as formulas. */
    escapeFormulae?: boolean | RegExp;
    newline?: string;
  }

  const Papa: {
    parse<T>(input: string, config: ParseConfig): ParseResult<T>;
    unparse(data: { fields: string[]; data: string[][] }, config?: UnparseConfig): string;
  };

  export default Papa;
}
