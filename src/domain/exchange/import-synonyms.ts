import type { Scope, UseCaseStatus } from '../schema/use-case';
import type { ImportField } from './import-fields';

/** Headers recognised for each field, in French and English (normalised), with the ids. */
export const HEADER_NAMES: Record<ImportField, readonly string[]> = {
  title: [
    'titre',
    'title',
    'nom',
    'name',
    'cas d usage',
    'use case',
    'use case name',
    'use case title',
    'nom du cas',
    'nom du cas d usage',
    'intitule',
    'libelle',
    'initiative',
    'project name',
    'nom du projet',
  ],
  description: ['description', 'summary', 'resume', 'details', 'detail', 'description du cas'],
  scope: ['perimetre', 'scope', 'portee', 'internal external', 'interne externe'],
  owner: [
    'responsable',
    'owner',
    'proprietaire',
    'porteur',
    'business owner',
    'sponsor',
    'pilote',
    'contact',
    'responsable metier',
  ],
  status: [
    'statut',
    'status',
    'etat',
    'stage',
    'stage of development',
    'development stage',
    'phase',
    'etape',
    'avancement',
    'stade',
  ],
  tags: [
    'etiquettes',
    'etiquette',
    'tags',
    'tag',
    'mots cles',
    'keywords',
    'labels',
    'categorie',
    'category',
  ],
  strategicValue: [
    'strategic business value',
    'valeur commerciale strategique',
    'strategic value',
    'valeur strategique',
  ],
  customerImpact: [
    'customer experience impact',
    'impact sur l experience client',
    'customer impact',
    'impact client',
  ],
  financialPotential: ['financial potential', 'potentiel financier'],
  dataMaturity: [
    'data process maturity',
    'maturite des donnees et des processus',
    'data maturity',
    'maturite des donnees',
  ],
  technicalComplexity: ['technical complexity', 'complexite technique'],
  brandImpact: ['brand impact', 'impact sur la marque', 'impact marque'],
  complianceRisk: [
    'compliance operational risk',
    'conformite et risques operationnels',
    'compliance risk',
    'risque de conformite',
  ],
  strategicAlignment: [
    'alignment with key initiatives',
    'alignement sur les initiatives cles',
    'strategic alignment',
    'alignement strategique',
  ],
};

/**
 * The words files use for our scopes, normalised (normaliseHeader): French, English, and the
 * usual abbreviations.
 */
export const SCOPE_NAMES: Record<Scope, readonly string[]> = {
  internal: ['internal', 'interne', 'int', 'i', 'in house', 'employees', 'salaries', 'back office'],
  external: [
    'external',
    'externe',
    'external customer',
    'externe client',
    'client',
    'clients',
    'customer',
    'customers',
    'ext',
    'e',
    'public',
    'front office',
  ],
};

/**
 * The words files use for our statuses, normalised: French, English, and the stages of
 * development of public AI inventories (initiated, acquisition and development, implementation
 * and assessment, operation and maintenance, retired).
 */
export const STATUS_NAMES: Record<UseCaseStatus, readonly string[]> = {
  idea: [
    'idea',
    'idee',
    'initiated',
    'initie',
    'ideation',
    'concept',
    'proposed',
    'propose',
    'backlog',
  ],
  qualified: ['qualified', 'qualifie', 'assessed', 'etudie', 'under review', 'en etude'],
  scored: ['scored', 'evalue', 'note', 'prioritised', 'prioritized', 'priorise'],
  planned: ['planned', 'planifie', 'prevu', 'approved', 'approuve', 'acquisition', 'a lancer'],
  inProgress: [
    'in progress',
    'inprogress',
    'en cours',
    'acquisition and or development',
    'development',
    'developpement',
    'implementation and assessment',
    'implementation',
    'pilot',
    'pilote',
    'poc',
    'proof of concept',
    'experimentation',
  ],
  done: [
    'done',
    'termine',
    'operation and maintenance',
    'in production',
    'production',
    'en production',
    'deployed',
    'deploye',
    'live',
    'operational',
    'operationnel',
  ],
  abandoned: [
    'abandoned',
    'abandonne',
    'retired',
    'retire',
    'stopped',
    'arrete',
    'cancelled',
    'annule',
  ],
};
