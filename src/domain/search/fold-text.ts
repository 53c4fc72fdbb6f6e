/** Text folded for searching: lower case, without accents, so "reglementaire" finds "Réglementaire". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of the query appears in one of the texts (folded). */
export function matchesQuery(query: string, texts: readonly string[]): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(foldText).join(' \n ');
  return words.every((w) => haystack.includes(w));
}
