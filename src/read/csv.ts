import { CsvError, type Info, parse } from "csv-parse/sync";
import { InputError } from "../errors.js";

export interface CsvOptions {
  delimiter?: string;
  quote?: string;
}

/** One parsed CSV record with its 1-based line number (for error reports). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** A record that cannot be read: the line it starts on and why. */
export interface CsvFailure {
  line: number;
  error: string;
}

/** Text parsed per window (a record longer than a window widens it); bounds the re-reading after a bad record. */
const WINDOW = 4 * 1024 * 1024;

/** Line starts of a text, found on demand and forward only. */
class Lines {
  private line = 1;
  private offset = 0;
  constructor(private readonly text: string) {}

  /** Offset of the start of line `n` (≥ the last asked), or text.length past the end. */
  offsetOf(n: number): number {
    while (this.line < n) {
      const nl = this.text.indexOf("\n", this.offset);
      if (nl < 0) return this.text.length;
      this.offset = nl + 1;
      this.line++;
    }
    return this.offset;
  }
}

/** A leading field value that can open a record: a short token without spaces. */
const TOKEN = /^[^\s]{1,64}$/;
/** Distinct values remembered per leading column; a column with more is not a label column. */
const MAX_LABELS = 256;

/**
 * How this file's records open: `k` unquoted fields (a label such as "Sport") before the
 * first quoted field, learned from the first record that has one, and the values seen in
 * those leading fields. A line inside a quoted field that opens the same way is a record the
 * field swallowed because its closing quote is missing.
 */
class Shape {
  private k = -1;
  private readonly seen: (Set<string> | null)[] = [];
  constructor(
    private readonly delimiter: string,
    private readonly quote: string,
  ) {}

  /** Learns from a parsed record (its fields and raw text, leading blank lines removed). */
  learn(fields: string[], body: string): void {
    if (this.k < 0) {
      let pos = 0;
      let i = 0;
      while (i < fields.length && body[pos] !== this.quote) pos += fields[i++].length + 1;
      if (i === 0 || i >= fields.length) return; // no quoted field after unquoted ones
      this.k = i;
      for (let j = 0; j < i; j++) this.seen.push(new Set());
    }
    if (fields.length <= this.k) return;
    for (let j = 0; j < this.k; j++) {
      const set = this.seen[j];
      if (!set || !TOKEN.test(fields[j])) continue;
      set.add(fields[j]);
      if (set.size > MAX_LABELS) this.seen[j] = null;
    }
  }

  /**
   * The index (≥ 1) of the first line of `body` after a line break that opens like a record of
   * this file — its leading fields short tokens, then the delimiter and the quote (or the
   * delimiter alone when every leading value is one seen opening a record) — or -1.
   */
  swallowed(body: string): number {
    if (this.k < 1) return -1;
    const lines = body.split("\n");
    for (let n = 1; n < lines.length; n++) {
      const line = lines[n];
      let pos = 0;
      let known = true;
      let j = 0;
      for (; j < this.k; j++) {
        const d = line.indexOf(this.delimiter, pos);
        const value = d < 0 ? "" : line.slice(pos, d);
        if (!TOKEN.test(value) || value.includes(this.quote)) break;
        known &&= this.seen[j]?.has(value) ?? false;
        pos = d + 1;
      }
      if (j === this.k && (line[pos] === this.quote || known)) return n;
    }
    return -1;
  }
}

const why = (e: CsvError, quote: string): string => {
  // csv-parse names this one without the CSV_ prefix, and its typings leave it out
  if ((e.code as string) === "INVALID_OPENING_QUOTE")
    return `a quote (${quote}) inside a field that does not open with one: an opening quote is missing, or a quote is not doubled`;
  switch (e.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `a quoted field (${quote}…) is never closed`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return `a quoted field (${quote}…) closes in the middle of a value: a quote is missing or not doubled, so the field swallowed text that follows (a next record?)`;
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return "text after a closing quote";
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS":
      return "wrong number of fields";
    default:
      return e.message.split("\n")[0];
  }
};

/**
 * Parses delimiter-separated text with quoted fields (csv-parse: a doubled quote inside a
 * quoted field is a literal quote; quoted fields may span lines). A record that cannot be
 * parsed — a quote never closed, or one that closes mid-value because the field swallowed
 * what follows — is reported as a failure with the line it starts on, and parsing resumes
 * on the next line, so the records after it are read, not lost. So is a quoted field that
 * parses but holds a line that opens like a record of this file (see Shape): its closing
 * quote is missing and it swallowed that record; parsing resumes on the swallowed line.
 *
 * @example [...parseCsv("a;'b;c'\n", { delimiter: ";", quote: "'" })] // [{ line: 1, fields: ["a", "b;c"] }]
 */
export function* parseCsv(text: string, opts: CsvOptions = {}): Generator<CsvRecord | CsvFailure> {
  const delimiter = opts.delimiter ?? ",";
  const quote = opts.quote ?? '"';
  if (delimiter.length !== 1) throw new InputError(`--delimiter must be one character, not "${delimiter}"`);
  if (quote.length !== 1) throw new InputError(`--quote must be one character, not "${quote}"`);
  if (delimiter === quote) throw new InputError(`the delimiter and the quote are the same character ("${quote}")`);
  const lines = new Lines(text);
  const shape = new Shape(delimiter, quote);
  let offset = 0; // where the next window starts
  let lineBase = 0; // lines before `offset`
  let width = WINDOW;
  while (offset < text.length) {
    // a window ends at a line break (or the end of the text)
    let end = Math.min(text.length, offset + width);
    if (end < text.length) {
      const nl = text.indexOf("\n", end);
      end = nl < 0 ? text.length : nl + 1;
    }
    const got: { record: string[]; info: Info; raw: string }[] = [];
    let error: CsvError | null = null;
    try {
      parse(text.slice(offset, end), {
        delimiter,
        quote,
        escape: quote,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        raw: true,
        // with info and raw, a record arrives as {record, info, raw} (the typings do not say so)
        on_record: ((r: { record: string[]; info: Info; raw: string }) => {
          got.push(r);
          return null;
        }) as never,
      });
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      error = e;
    }
    if (error?.code === "CSV_QUOTE_NOT_CLOSED" && end < text.length) {
      // a record may just run past the window: read it again in a wider one
      width *= 4;
      continue;
    }
    let lastEnd = lineBase;
    let resume = 0; // the line of a swallowed record, to read again from
    // csv-parse counts a \r inside a quoted field as a line of its own (a CRLF as two); lines here end at \n
    let extra = 0;
    for (const r of got) {
      const body = r.raw.replace(/^[\r\n]+/, "").replace(/\r?\n$|\r$/, "");
      let inner = 0;
      for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) inner++;
      for (let i = body.indexOf("\r"); i >= 0; i = body.indexOf("\r", i + 1)) extra++;
      lastEnd = lineBase + r.info.lines - extra;
      const line = lastEnd - inner;
      shape.learn(r.record, body);
      const n = inner > 0 ? shape.swallowed(body) : -1;
      if (n > 0) {
        const opening = body.split("\n")[n].slice(0, 40).replace(/\r$/, "");
        yield {
          line,
          error: `line ${line}: a quoted field (${quote}…) is not closed where it should be: it runs on into line ${line + n}, which opens like a record of this file (${JSON.stringify(opening)}…), and swallowed it`,
        };
        resume = line + n;
        break;
      }
      yield { line, fields: r.record };
    }
    if (resume) {
      offset = lines.offsetOf(resume);
      lineBase = resume - 1;
      width = WINDOW;
      continue;
    }
    if (!error) {
      // `end` is a line start (or the end of the text): the next window starts on a new line
      for (let i = text.indexOf("\n", offset); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) lineBase++;
      offset = end;
      width = WINDOW;
      continue;
    }
    // the failing record starts on the first non-blank line after the last good one
    let start = lastEnd + 1;
    while (true) {
      const a = lines.offsetOf(start);
      if (a >= text.length) break;
      const nl = text.indexOf("\n", a);
      if (text.slice(a, nl < 0 ? text.length : nl).trim() !== "") break;
      start++;
    }
    yield { line: start, error: `line ${start}: ${why(error, quote)}` };
    offset = lines.offsetOf(start + 1);
    lineBase = start;
    width = WINDOW;
  }
}
