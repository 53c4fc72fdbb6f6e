/** Why a file was refused: a message key the UI phrases, where, and the facts it needs. */
export interface ImportProblem {
  /** A translation key: 'exchange.problem.*' or a core 'errors.*' key from a schema. */
  key: string;
  /** Where in the file: "workspaces[0].useCases[3].title", or "" for the whole file. */
  path: string;
  params?: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: ImportProblem };

/** ["workspaces", 0, "useCases", 3, "title"] -> "workspaces[0].useCases[3].title" */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path ? `.${String(segment)}` : String(segment);
  }
  return path;
}

export function refuse<T>(
  key: string,
  path = '',
  params?: Record<string, string | number>,
): Parsed<T> {
  return { ok: false, problem: params ? { key, path, params } : { key, path } };
}
