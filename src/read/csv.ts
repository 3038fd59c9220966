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

/**
 * Parses delimiter-separated text with quoted fields (a doubled quote inside a quoted
 * field is a literal quote; quoted fields may span lines). A record whose quote never
 * closes is reported as an error item, and parsing resumes on the next line.
 *
 * @example [...parseCsv("a;'b;c'\n", { delimiter: ";", quote: "'" })] // [{ line: 1, fields: ["a", "b;c"] }]
 */
export function* parseCsv(text: string, opts: CsvOptions = {}): Generator<CsvRecord | { line: number; error: string }> {
  const delim = opts.delimiter ?? ",";
  const quote = opts.quote ?? '"';
  if (delim.length !== 1) throw new InputError(`--delimiter must be one character, not "${delim}"`);
  if (quote.length !== 1) throw new InputError(`--quote must be one character, not "${quote}"`);
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let field = "";
    let broken = false;
    for (;;) {
      if (i < n && text[i] === quote) {
        // quoted field
        let j = i + 1;
        let closed = false;
        while (j < n) {
          const c = text[j];
          if (c === quote) {
            if (text[j + 1] === quote) {
              field += quote;
              j += 2;
              continue;
            }
            closed = true;
            j++;
            break;
          }
          if (c === "\n") line++;
          field += c;
          j++;
        }
        if (!closed) {
          broken = true;
          // resume after the record's first line
          const nl = text.indexOf("\n", i);
          line = recordLine + 1;
          i = nl < 0 ? n : nl + 1;
          break;
        }
        i = j;
        // text after a closing quote up to the delimiter belongs to the field
        while (i < n && text[i] !== delim && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      } else {
        while (i < n && text[i] !== delim && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
      }
      fields.push(field);
      field = "";
      if (i < n && text[i] === delim) {
        i++;
        continue;
      }
      if (text[i] === "\r") i++;
      if (text[i] === "\n") {
        i++;
        line++;
      }
      break;
    }
    if (broken) {
      yield { line: recordLine, error: `line ${recordLine}: a quoted field is never closed` };
      continue;
    }
    if (fields.length === 1 && fields[0] === "") continue; // blank line
    yield { line: recordLine, fields };
  }
}
