/**
 * POSIX shell quoting. Inside single quotes the shell interprets nothing ($, `, \, ", globs, ;, |),
 * so a single-quoted word is inert; the only character that needs care is the quote itself, written
 * as '\'' (close, escaped quote, reopen). A NUL cannot be passed to a program at all, so it is removed.
 */
export function shellQuote(value: string): string {
  return `'${value.replace(/\u0000/g, '').replace(/'/g, `'\\''`)}'`;
}

/** A word that needs no quotes (an HTTP method like POST): letters, digits and a few safe marks. */
export function isPlainWord(value: string): boolean {
  return /^[A-Za-z0-9._-]{1,64}$/.test(value);
}

/**
 * Text for a `# comment` line. A comment ends at the first newline, and whatever follows would be run as
 * a command when the lines are pasted, so every line break and control character is removed.
 */
export function shellComment(value: string): string {
  return `# ${value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')}`;
}
