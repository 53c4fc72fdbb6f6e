import { buildCatalogues, type JsonText } from './catalogue';

// The English texts of every screen's area but the first screen's (see catalogue-en.ts).
export default buildCatalogues(
  import.meta.glob<JsonText>(['./en/*.json', '!./en/backup.json', '!./en/exchange.json'], {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
);
