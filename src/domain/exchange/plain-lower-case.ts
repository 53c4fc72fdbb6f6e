/**
 * A text in plain lower-case letters a–z and digits, accents dropped ("É" -> "e"), every other
 * run of characters replaced by `separator`: for file names and for comparing headers.
 */
export function plainLowerCase(text: string, separator: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator);
}
