export type Catalogue = Record<string, unknown>;
export type JsonModule = { default: Catalogue };

/**
 * The catalogue of a language: the core file (en.json) plus one file per area (en/<area>.json),
 * each under its own top-level key: the key "title" of en/roadmap.json is "roadmap.title".
 */
function buildCatalogue(core: Catalogue, areas: Record<string, JsonModule>): Catalogue {
  const merged: Catalogue = { ...core };
  for (const [path, module] of Object.entries(areas)) {
    const area = path.replace(/^.*\/([^/]+)\.json$/, '$1');
    if (area in merged) throw new Error(`Translation area "${area}" is already defined`);
    merged[area] = module.default;
  }
  return merged;
}

export type JsonText = string;

/**
 * A catalogue from the text of its files (path -> JSON text); `corePath` names the core file,
 * whose keys are at the top level; without it, only areas.
 */
export function buildCatalogues(files: Record<string, JsonText>, corePath?: string): Catalogue {
  const { [corePath ?? '']: core, ...areas } = files;
  if (corePath && core === undefined) throw new Error(`Translation file ${corePath} is missing`);
  return buildCatalogue(
    core === undefined ? {} : (JSON.parse(core) as Catalogue),
    Object.fromEntries(
      Object.entries(areas).map(([path, text]) => [
        path,
        { default: JSON.parse(text) as Catalogue },
      ]),
    ),
  );
}
