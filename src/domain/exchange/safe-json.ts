import { formatPath, refuse, type ImportProblem, type Parsed } from './import-problem';

/*
 * A backup's JSON text parsed without trusting it: depth, forbidden keys and non-finite numbers
 * refused with their place (the first step of parseBackupText and checkBackupInParts).
 */

/** Deeper than this, a file is refused before JSON.parse (a backup needs about 10 levels). */
const MAX_JSON_DEPTH = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest nesting of arrays and objects in a JSON text, outside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/** Where findUnsafeValue stops: deeper than MAX_JSON_DEPTH. */
const TOO_DEEP: ImportProblem = { key: 'exchange.problem.tooDeep', path: '' };

/**
 * The first forbidden key or non-finite number (1e309 parses to Infinity), with its path, or
 * TOO_DEEP once deeper than MAX_JSON_DEPTH (the walk never goes deeper). The path is one stack,
 * copied only for the problem: a backup has millions of values.
 */
function findUnsafeValue(value: unknown, path: PropertyKey[] = []): ImportProblem | null {
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? null
      : { key: 'exchange.problem.notFinite', path: formatPath(path) };
  }
  if (value === null || typeof value !== 'object') return null;
  // The value's own depth counts: a top-level object or array is at depth 1.
  if (path.length >= MAX_JSON_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || (typeof item !== 'object' && typeof item !== 'number')) continue;
      path.push(i);
      const found = findUnsafeValue(item, path);
      path.pop();
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      return {
        key: 'exchange.problem.forbiddenKey',
        path: formatPath([...path, key]),
        params: { name: key },
      };
    }
    const item = (value as Record<string, unknown>)[key];
    if (item === null || (typeof item !== 'object' && typeof item !== 'number')) continue;
    path.push(key);
    const found = findUnsafeValue(item, path);
    path.pop();
    if (found) return found;
  }
  return null;
}

/**
 * A file's text parsed, or why not: too deep (over MAX_JSON_DEPTH levels, whatever else is
 * wrong), not JSON, a forbidden key or a non-finite number. The depth is measured on the parsed
 * value (the engine's parser does not recurse); the text is scanned for it only when it is
 * refused, so that every refusal is the one a scan of the text before parsing would give.
 */
export function parseJsonSafely(text: string): Parsed<unknown> {
  const tooDeep = () => jsonDepth(text) > MAX_JSON_DEPTH;
  const refuseDeep = () => refuse('exchange.problem.tooDeep', '', { depth: MAX_JSON_DEPTH });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return tooDeep() ? refuseDeep() : refuse('exchange.problem.notJson');
  }
  const unsafe = findUnsafeValue(raw);
  if (!unsafe) return { ok: true, value: raw };
  return unsafe === TOO_DEEP || tooDeep() ? refuseDeep() : { ok: false, problem: unsafe };
}
