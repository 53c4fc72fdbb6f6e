import { buildCatalogues, type JsonText } from './catalogue';

// What the first screen needs of the French catalogue: the core texts, the header's backup
// status and home's backup import (areas "backup" and "exchange"), in one chunk, as JSON text
// (smaller and quicker to parse than object literals). The other areas are in
// catalogue-fr-areas.ts, loaded without delaying the first screen.
export default buildCatalogues(
  import.meta.glob<JsonText>(['./fr.json', './fr/backup.json', './fr/exchange.json'], {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
  './fr.json',
);
