// Character tests shared by the stages, on UTF-16 code units.

/** Whether a code unit is white space as a regular expression's \s reads it. */
export function isSpaceChar(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a code unit is a word character as a regular expression's \w reads it (ASCII letters, digits, underscore). */
export function isRegexWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether a code unit is an ASCII letter, A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
