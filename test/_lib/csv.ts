// A small RFC 4180 reader for the tests, written from the RFC and independent of the library's writer: it reads
// a CSV text back into rows of fields, as a spreadsheet would before it converts numbers.

/** Reads CSV text with the given separator into rows of fields (a leading byte-order mark is dropped). */
export function parseCsv(text: string, separator: string): string[][] {
  const s = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const ch = s[i] as string;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i++;
    } else if (ch === separator) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A field as a Vietnamese spreadsheet reads it: a number when it is one (decimal comma), else the text. */
export function viNumber(field: string): number | string {
  return /^-?\d+(,\d+)?$/.test(field) ? Number(field.replace(",", ".")) : field;
}
