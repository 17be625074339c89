// Parse stage, step 1: split the source into lines (CRLF, LF and lone CR endings; BOM aware).
// Everything later works on offsets into the original string, so nothing is copied here.

export interface Lines {
  /** Offset of each line's first character (line 1 starts after a BOM). */
  starts: number[];
  /** Offset just past each line's content (its line ending excluded). */
  ends: number[];
  hasBom: boolean;
  eol: '\n' | '\r\n';
}

const LF = 10;
const CR = 13;

export function splitLines(source: string): Lines {
  const hasBom = source.charCodeAt(0) === 0xfeff;
  const first = hasBom ? 1 : 0;
  const starts: number[] = [first];
  const ends: number[] = [];
  let lf = 0;
  let crlf = 0;
  if (source.indexOf('\r') === -1) {
    let position = first;
    for (;;) {
      const newline = source.indexOf('\n', position);
      if (newline === -1) break;
      ends.push(newline);
      position = newline + 1;
      starts.push(position);
      lf++;
    }
  } else {
    const length = source.length;
    for (let i = first; i < length; i++) {
      const code = source.charCodeAt(i);
      if (code === LF) {
        ends.push(i);
        starts.push(i + 1);
        lf++;
      } else if (code === CR) {
        ends.push(i);
        if (source.charCodeAt(i + 1) === LF) {
          i++;
          crlf++;
        }
        starts.push(i + 1);
      }
    }
  }
  ends.push(source.length);
  return { starts, ends, hasBom, eol: crlf > lf ? '\r\n' : '\n' };
}
