import { buildCatalogues, type JsonText } from './catalogue';

// The French texts of every screen's area but the first screen's (see catalogue-fr.ts).
export default buildCatalogues(
  import.meta.glob<JsonText>(['./fr/*.json', '!./fr/backup.json', '!./fr/exchange.json'], {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
);
