/**
 * Terminal safety: a design's names and strings reach stdout and stderr, and a terminal
 * obeys control characters in them (escape sequences, carriage returns, window-title
 * codes), so a design could repaint its own verdict. Every line the CLI prints passes
 * here: controls and bidirectional overrides become visible `\uXXXX` escapes, which in JSON
 * output are the same string, and newlines stay the only structure.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
