import { z } from 'zod';

/**
 * zod compiles fast object parsers with `new Function`, which the Content-Security-Policy forbids
 * (script-src 'self', no 'unsafe-eval'): even its probe raises a CSP violation. Off, before any
 * schema exists: import this module first in every entry point (the page, each worker). zod
 * decides per schema when it is created, so a schema made before this runs would still probe.
 */
z.config({ jitless: true });
