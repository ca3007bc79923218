// Delimited rows under a header line (CSV, TSV, semicolon exports, pipe and markdown tables): the
// column a value stands in, named by the header, says what it is more surely than words nearby.

export interface Cell {
  text: string;
  start: number;
}

export interface CellAt {
  /** Header names, one per cell (see columnName). */
  header: string[];
  row: Cell[];
  /** The index of the cell that holds the value. */
  index: number;
}

// Separators of delimited rows, most specific first: a comma only where nothing more specific is used.
const SEPARATORS = [';', '\t', '|', ','];
// A header cell: a name, not a value (no run of digits).
const HEADER_CELL = /^["'`]?[\p{L}_#][\p{L}\p{N}_ .\/#()-]*["'`]?$/u;
// A markdown table's rule line ("|---|:--|").
const RULE_LINE = /^[\s|:+-]*-{3}[\s|:+-]*$/;

function cells(line: string, sep: string, offset: number): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (let i = line.indexOf(sep); i >= 0; i = line.indexOf(sep, from)) {
    out.push({ text: line.slice(from, i), start: offset + from });
    from = i + sep.length;
  }
  out.push({ text: line.slice(from), start: offset + from });
  return out;
}

/** A header cell's (or a value's) name in one spelling: lower case, words joined by `_`, quotes off. */
export function columnName(cell: string): string {
  return cell.trim().replace(/^["'`]|["'`]$/g, '').trim().toLowerCase().replace(/[\s.-]+/g, '_');
}

/** The header line of the table a row belongs to: the nearest line above with as many cells, all names. */
function headerOf(text: string, lineStart: number, sep: string, count: number): string[] | undefined {
  let end = lineStart - 1;
  // Tables of a few hundred rows; further up is another part of the document.
  for (let n = 0; end > 0 && n < 400; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (RULE_LINE.test(line)) continue;
    if (!line.trim()) return undefined;
    const row = cells(line, sep, start);
    if (row.length !== count) return undefined;
    const named = row.filter((c) => c.text.trim() !== '');
    // Commas also separate clauses of prose: a comma header's names are single words ("wan_ip").
    const name = (c: Cell) => HEADER_CELL.test(c.text.trim()) && (sep !== ',' || !/\S\s+\S/.test(c.text.trim()));
    if (named.length >= 2 && named.every(name)) return row.map((c) => columnName(c.text));
  }
  return undefined;
}

/** The cell of a delimited row under a header that holds [start, end), or undefined outside such a table. */
export function cellAt(text: string, start: number, end: number): CellAt | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const value = text.slice(start, end);
  for (const sep of SEPARATORS) {
    if (value.includes(sep)) continue;
    const row = cells(line, sep, lineStart);
    if (row.length < 3) continue;
    const index = row.findIndex((c) => c.start <= start && end <= c.start + c.text.length);
    const header = headerOf(text, lineStart, sep, row.length);
    return index < 0 || !header ? undefined : { header, row, index };
  }
  return undefined;
}
