/** The demo workspace, in French (framing, workflows, steps and frictions). */
import type { DemoTexts } from './demo-texts';
import { frUseCaseTexts } from './demo-use-cases-fr';

export const frTexts = {
  workspace: {
    name: 'Démo – Maison Delorme Distribution',
    description:
      'Négoce régional de matériaux de construction : 48 agences en Auvergne-Rhône-Alpes, 1 200 collaborateurs, 380 M€ de chiffre d’affaires, une clientèle d’artisans et d’entreprises du BTP. Espace de démonstration : toutes les données sont fictives.',
    intention:
      'Rendre visibles les tâches répétitives qui freinent nos équipes, simplifier le parcours des artisans et fiabiliser nos déclarations réglementaires, en commençant par des gains internes rapides et mesurables.',
  },
  departments: {
    finance: 'Finance',
    customerService: 'Service client',
    sales: 'Commerce et marketing',
    it: 'Direction des systèmes d’information',
    legal: 'Conformité et juridique',
    operations: 'Opérations et logistique',
  },
  initiatives: {
    backOffice: {
      name: 'Back-office sans ressaisie 2027',
      description:
        'Supprimer la ressaisie et les relances manuelles dans les fonctions support d’ici fin 2027.',
    },
    artisansFirst: {
      name: 'Priorité artisans',
      description:
        'Des devis plus rapides, des livraisons prévisibles et un service client qui règle la demande au premier contact.',
    },
    trustedData: {
      name: 'Données fiables et conformité',
      description:
        'Des données produits et clients propres, traçables et conformes (RGPD, REP PMCB, CSRD).',
    },
  },
  kpis: {
    invoiceCost: { name: 'Coût de traitement par facture fournisseur', unit: '€' },
    dso: { name: 'Délai moyen de paiement des clients (DSO)', unit: 'jours' },
    nps: { name: 'Net Promoter Score des clients professionnels', unit: 'points' },
    churn: { name: 'Taux d’attrition des comptes pros', unit: '%' },
    fcr: { name: 'Taux de résolution au premier contact', unit: '%' },
    handlingTime: { name: 'Durée moyenne de traitement d’une demande client', unit: 'minutes' },
    ticketTime: { name: 'Délai de résolution des tickets informatiques', unit: 'heures' },
    regReportDays: { name: 'Durée de préparation des déclarations réglementaires', unit: 'jours' },
  },
  workflows: {
    supplierInvoices: {
      name: 'Traitement des factures fournisseurs',
      description:
        'De la réception de la facture au paiement : 48 000 factures par an, dont 60 % encore en PDF ou sur papier.',
    },
    regulatoryReporting: {
      name: 'Déclarations de conformité réglementaire',
      description:
        'Déclarations REP PMCB à l’éco-organisme, rapport de durabilité (CSRD) et fiches de données de sécurité des produits dangereux.',
    },
    itHelpdesk: {
      name: 'Support informatique interne',
      description:
        'Les demandes des 1 200 collaborateurs (agences, dépôts et siège) au centre de services de la DSI.',
    },
    proJourney: {
      name: 'Parcours client des artisans et entreprises du BTP',
      description:
        'Du premier devis à la fidélisation, jusqu’au moment où un compte devient dormant : pourquoi les clients partent.',
    },
  },
  steps: {
    receiveInvoices: {
      name: 'Réception et saisie des factures (papier, PDF, EDI)',
      frequency: 'Quotidienne',
    },
    matchOrders: {
      name: 'Rapprochement commande, bon de livraison et facture',
      frequency: 'Quotidienne',
    },
    resolveDiscrepancies: {
      name: 'Traitement des écarts de prix et de quantités',
      frequency: 'Hebdomadaire, pics en fin de mois',
    },
    approveInvoices: {
      name: 'Validation selon les délégations de signature',
      frequency: 'Quotidienne',
    },
    payAndAnswerSuppliers: {
      name: 'Paiement et réponses aux relances des fournisseurs',
      frequency: 'Deux campagnes de paiement par semaine',
    },
    collectBranchData: { name: 'Collecte des données des 48 agences', frequency: 'Mensuelle' },
    reconcileWithErp: { name: 'Contrôle de cohérence avec l’ERP', frequency: 'Mensuelle' },
    watchRegulation: { name: 'Veille réglementaire', frequency: 'Continue' },
    draftDeclarations: {
      name: 'Rédaction des déclarations et du rapport de durabilité',
      frequency: 'Trimestrielle et annuelle',
    },
    updateSafetySheets: {
      name: 'Mise à jour des fiches de données de sécurité',
      frequency: 'Au fil des mises à jour des fournisseurs',
    },
    submitRequest: {
      name: 'Émission de la demande (e-mail, téléphone, portail)',
      frequency: 'Environ 100 par jour ouvré',
    },
    triageTickets: { name: 'Qualification et affectation des tickets', frequency: 'Quotidienne' },
    resolveCommonRequests: {
      name: 'Résolution des demandes courantes (mots de passe, accès, imprimantes)',
      frequency: 'Quotidienne',
    },
    escalateTickets: {
      name: 'Escalade au niveau 2 et aux prestataires',
      frequency: 'Plusieurs fois par semaine',
    },
    maintainKnowledgeBase: {
      name: 'Mise à jour de la base de connaissances',
      frequency: 'Mensuelle',
    },
    searchProducts: {
      name: 'Recherche de produits, de prix et de disponibilités',
      frequency: 'Continue',
    },
    requestQuote: {
      name: 'Demande de devis pour un chantier',
      frequency: 'Environ 150 par jour ouvré',
    },
    openAccount: {
      name: 'Ouverture d’un compte pro (Kbis, encours, conditions)',
      frequency: 'Environ 10 par jour ouvré',
    },
    orderAndDelivery: {
      name: 'Commande, préparation et livraison sur chantier',
      frequency: 'Quotidienne',
    },
    contactCustomerService: {
      name: 'Contact avec le service client (livraison, facture, produit)',
      frequency: 'Quotidienne',
    },
    reorderAndLoyalty: {
      name: 'Réassort, programme de fidélité et revues de compte',
      frequency: 'Mensuelle',
    },
    dormantAccounts: {
      name: 'Compte dormant ou perdu : comprendre pourquoi',
      frequency: 'Revue trimestrielle',
    },
  },
  frictions: {
    manualKeying: '60 % des factures arrivent en PDF ou sur papier et sont ressaisies à la main',
    discrepancyMailboxes: 'Les écarts attendent en moyenne 12 jours dans des boîtes mail partagées',
    approvalBottleneck:
      'Les validations bloquent pendant les absences des managers : pénalités de retard',
    paymentQueries: '6 500 relances par an de fournisseurs qui demandent où en est leur paiement',
    spreadsheetsPerBranch: '48 fichiers Excel différents, un par agence, consolidés à la main',
    singlePersonWatch: 'Toute la veille repose sur une seule juriste',
    outdatedSafetySheets: 'Des fiches de sécurité périmées restent en circulation dans les agences',
    passwordResets: '40 % des tickets sont des réinitialisations de mot de passe',
    misroutedTickets: 'Un ticket sur cinq est mal affecté et rebondit entre les équipes',
    slowQuotes: 'Un devis chantier prend 48 heures : l’artisan achète chez le concurrent',
    slowAccountOpening: 'Il faut cinq jours pour ouvrir un compte avec encours',
    noDelayWarning: 'Le client découvre le retard de livraison une fois sur le chantier',
    whereIsMyDelivery: '30 % des appels portent sur « où est ma livraison ? »',
    churnSeenTooLate:
      'On constate le départ d’un client trois mois plus tard, sans en connaître la cause',
  },
  participantRoles: {
    facilitator: 'Animateur, responsable de la transformation',
    cfo: 'Directrice administrative et financière',
    customerServiceHead: 'Directeur du service client',
  },
  useCases: frUseCaseTexts,
  waves: ['Maintenant', 'Ensuite', 'Plus tard'],
} satisfies DemoTexts;
