// Reporter › workflow commands: the one escaping helper for every value that reaches a runner log line or an
// annotation. The runner reads `::command …::data` from any line of a step's output, so an untrusted value
// (a file name, a title, a login) must never start a line nor carry a line break. Source of the escapes: the
// runner's ActionCommand (data unescapes %25, %0D, %0A; properties also %3A and %2C).

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

function hex(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : `%u${code.toString(16).toUpperCase()}`;
}

/**
 * A value made safe for a workflow command's data part or for a plain log line: `%`, CR and LF escaped as the
 * runner expects (an annotation shows them as they were), every other control character (C0 but tab, DEL,
 * C1, U+2028/U+2029) written as a visible `%XX` / `%uXXXX`, and a leading `::` broken (`%3A:`), so the value
 * can neither start a command nor end the current one.
 */
export function escapeWorkflowValue(value: string): string {
  return value
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(CONTROL, hex)
    .replace(/^::/, '%3A:');
}

/** escapeWorkflowValue for a command property (`file=`, `title=`): also `:` and `,`, which end a property. */
export function escapeWorkflowProperty(value: string): string {
  return escapeWorkflowValue(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
