/**
 * zod compiles fast object parsers with `new Function`, which the Content-Security-Policy forbids
 * (script-src 'self', no 'unsafe-eval'): even its probe raises a CSP violation. Off, before any
 * schema exists: import this module first in every entry point (the page, each worker). zod
 * decides per schema when it is created, so a schema made before this runs would still probe.
 *
 * zod keeps its settings in one object on globalThis, `__zod_globalConfig` (zod/v4/core/core.js,
 * shared by every copy of zod; `z.config()` writes there). Setting it here, without importing zod,
 * keeps the whole schema library (about 30 KB gzip, none of its parts tree-shaken) out of the
 * first screen: the page loads zod with the first screen that parses something.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;
