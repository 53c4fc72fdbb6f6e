import * as z from 'zod';
import { languageSchema, nameSchema, type Language } from '../schema/common';
import { scopeSchema, type Scope } from '../schema/use-case';
import bankingEn from './sectors/banking.en.json';
import bankingFr from './sectors/banking.fr.json';
import industryEn from './sectors/industry.en.json';
import industryFr from './sectors/industry.fr.json';
import insuranceEn from './sectors/insurance.en.json';
import insuranceFr from './sectors/insurance.fr.json';
import publicServicesEn from './sectors/publicServices.en.json';
import publicServicesFr from './sectors/publicServices.fr.json';
import retailEn from './sectors/retail.en.json';
import retailFr from './sectors/retail.fr.json';

/** The sectors the catalogue covers (issue 16 item 5), in the order the picker lists them. */
export const SECTORS = ['insurance', 'banking', 'publicServices', 'retail', 'industry'] as const;
export const sectorSchema = z.enum(SECTORS);
export type Sector = z.infer<typeof sectorSchema>;

/** One use case of a sector catalogue, in one language. */
const sectorEntrySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/)
    .max(64),
  scope: scopeSchema,
  title: nameSchema,
  description: z.string().trim().min(1).max(1000),
});

/** One data file: a sector's catalogue in one language (src/domain/catalogue/sectors/). */
export const sectorFileSchema = z.strictObject({
  sector: sectorSchema,
  language: languageSchema,
  entries: z.array(sectorEntrySchema).min(15).max(200),
});
export type SectorFile = z.infer<typeof sectorFileSchema>;

export interface SectorEntry {
  id: string;
  sector: Sector;
  scope: Scope;
  title: string;
  description: string;
}

/** The data files as they are stored, by language and sector (checked when first read). */
export const SECTOR_FILES: Record<Language, Record<Sector, unknown>> = {
  en: {
    insurance: insuranceEn,
    banking: bankingEn,
    publicServices: publicServicesEn,
    retail: retailEn,
    industry: industryEn,
  },
  fr: {
    insurance: insuranceFr,
    banking: bankingFr,
    publicServices: publicServicesFr,
    retail: retailFr,
    industry: industryFr,
  },
};

const read = new Map<Language, readonly SectorEntry[]>();

/**
 * Every sector's use cases in a language, sector by sector in the files' order. Each file is
 * parsed by sectorFileSchema (and must say the sector and language it is filed under).
 */
export function sectorCatalogue(language: Language): readonly SectorEntry[] {
  const known = read.get(language);
  if (known) return known;
  const entries = SECTORS.flatMap((sector) => {
    const file = sectorFileSchema.parse(SECTOR_FILES[language][sector]);
    if (file.sector !== sector || file.language !== language)
      throw new Error(
        `The ${sector}.${language} catalogue file says ${file.sector}.${file.language}`,
      );
    return file.entries.map((e) => ({ ...e, sector }));
  });
  read.set(language, entries);
  return entries;
}
