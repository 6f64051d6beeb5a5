/**
 * Reading the start of an EES open-data CSV in the browser, to show its columns before anything is
 * sent. The API reads the whole file; this only needs the header and a sample of rows.
 */

/** The header and the first rows of a CSV. */
export type CsvStart = { columns: string[]; rows: string[][] };

/** How many rows of a file the page reads to show samples and choices. */
export const sampleRowCount = 200;

/**
 * The header and up to `maxRows` rows of RFC 4180 CSV text: a byte order mark is dropped, quoted
 * fields may hold commas, doubled quotes and line breaks, lines end with LF or CRLF. When `cut` is
 * set the text is the start of a longer file, so its last line may be incomplete and is left out.
 */
export function parseCsvStart(text: string, maxRows = sampleRowCount, { cut = false } = {}): CsvStart {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    field = '';
    // A blank line is not a row.
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };
  for (; i < text.length && records.length <= maxRows; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += char;
    }
  }
  const ended = i >= text.length;
  if (ended && !cut && (field !== '' || record.length > 0)) endRecord();
  const [columns = [], ...rows] = records;
  return { columns: columns.map((column) => column.trim()), rows: rows.slice(0, maxRows) };
}

/** The first bytes of the file hold its header and sample rows (EES rows are a few hundred bytes). */
const startBytes = 1024 * 1024;

/** A part of a file as bytes, through FileReader (which every browser, and jsdom, has). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsArrayBuffer(blob);
  });
}

/** The header and first rows of a file the user chose. */
export async function readCsvFileStart(file: Blob, maxRows = sampleRowCount): Promise<CsvStart> {
  const start = file.slice(0, startBytes);
  const text = new TextDecoder('utf-8').decode(await bytesOf(start));
  return parseCsvStart(text, maxRows, { cut: file.size > startBytes });
}

/**
 * How many rows the file has after its header, counted by line breaks a chunk at a time so a large
 * file does not hold up the page. Quoted line breaks are rare in EES files; the count is for a
 * progress estimate, not for checking.
 */
export async function countCsvRows(file: Blob): Promise<number> {
  let lines = 0;
  let last = 10;
  const chunk = 4 * 1024 * 1024;
  for (let offset = 0; offset < file.size; offset += chunk) {
    const bytes = new Uint8Array(await bytesOf(file.slice(offset, offset + chunk)));
    for (const byte of bytes) if (byte === 10) lines++;
    if (bytes.length > 0) last = bytes[bytes.length - 1];
  }
  if (file.size > 0 && last !== 10) lines++;
  return Math.max(lines - 1, 0);
}

/** The EES symbols for a figure the source withheld (and the older ones), which are not text. */
const symbols = new Set(['x', 'z', 'c', 'low', 'u', '~', ':']);

const isNumber = (value: string) => /^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(value.replace(/,/g, ''));

/** The columns that say when a row is for; EES names them the same in every file. */
const timeColumns = new Set(['time_period', 'time_identifier']);

/** The columns that say where a row is for: EES's geographic levels, each with a code and a name. */
const placeColumns = new Set([
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'new_la_code',
  'old_la_code',
  'la_name',
]);

export type ColumnRole = 'time' | 'place' | 'filter' | 'indicator';

export type FileColumn = {
  name: string;
  role: ColumnRole;
  /** The different values of the sample rows, in the order met. */
  values: string[];
};

/**
 * What each column is: when and where a row is for (EES's standard columns and other codes and
 * names of places), an indicator (numbers or withheld symbols), or a filter (anything else, such
 * as breakdown_topic and breakdown).
 */
export function describeColumns({ columns, rows }: CsvStart): FileColumn[] {
  return columns.map((name, index) => {
    const values = [...new Set(rows.map((row) => (row[index] ?? '').trim()))].filter((value) => value !== '');
    const lower = name.toLowerCase();
    let role: ColumnRole;
    if (timeColumns.has(lower)) role = 'time';
    else if (placeColumns.has(lower) || /_(code|name)$/.test(lower)) role = 'place';
    else if (values.length > 0 && values.every((value) => isNumber(value) || symbols.has(value.toLowerCase()))) role = 'indicator';
    else role = 'filter';
    return { name, role, values };
  });
}

/**
 * The names the file gives its places, by code: EES rows carry both, so the preview can say
 * "Manchester" where the API says E08000003.
 */
export function placeNames({ columns, rows }: CsvStart): Map<string, string> {
  const pairs = [
    ['country_code', 'country_name'],
    ['region_code', 'region_name'],
    ['new_la_code', 'la_name'],
  ].map(([code, name]) => [columns.indexOf(code), columns.indexOf(name)]);
  const names = new Map<string, string>();
  for (const row of rows) {
    for (const [code, name] of pairs) {
      if (code >= 0 && name >= 0 && row[code] && row[name] && !names.has(row[code])) names.set(row[code], row[name]);
    }
  }
  return names;
}
