/** The demo's use cases, in French. */
import type { UseCaseKey } from './demo-use-cases';
import type { UseCaseTexts } from './demo-texts';

export const frUseCaseTexts = {
  invoiceCapture: {
    title: 'Lecture automatique des factures fournisseurs',
    description:
      'Extraire automatiquement le fournisseur, les montants, la TVA et le numéro de commande des factures PDF et papier, puis préparer le rapprochement avec la commande et le bon de livraison.',
    intention:
      'Libérer la comptabilité fournisseurs de la ressaisie pour qu’elle se consacre aux écarts et à la relation avec les fournisseurs.',
    dataSignals:
      'Factures PDF et scannées, référentiel fournisseurs, commandes et réceptions enregistrées dans l’ERP.',
    exceptionOwner: 'Sophie Garnier, responsable de la comptabilité fournisseurs',
    howToPause:
      'Un interrupteur dans l’outil de capture renvoie toutes les factures en saisie manuelle ; toute extraction sous 90 % de confiance est vérifiée par un comptable.',
    complianceNote:
      'Fournisseurs essentiellement personnes morales, quelques entrepreneurs individuels (RGPD : obligation légale, conservation 10 ans). Pas de système à haut risque au sens de l’AI Act.',
    tags: ['factures', 'OCR', 'back-office'],
  },
  discrepancyAssistant: {
    title: 'Assistant de traitement des écarts de facturation',
    description:
      'Proposer la cause probable d’un écart (prix, quantité, remise oubliée) et rédiger le message au fournisseur, à valider par l’acheteur.',
    intention: 'Rendre visible la cause des écarts pour les régler en jours plutôt qu’en semaines.',
    dataSignals:
      'Historique des écarts, conditions tarifaires négociées, bons de livraison, échanges par e-mail avec les fournisseurs.',
    exceptionOwner: 'Julien Roux, directeur des opérations',
    howToPause:
      'L’assistant ne fait que des suggestions : il suffit de le désactiver dans la file de travail.',
    complianceNote:
      'Les e-mails des fournisseurs contiennent des noms de contacts : minimisation et durée de conservation à fixer (RGPD).',
    tags: ['factures', 'achats'],
  },
  approvalRouting: {
    title: 'Circuit de validation intelligent et relances',
    description:
      'Envoyer chaque facture au bon valideur selon les délégations, relancer automatiquement et proposer un suppléant en cas d’absence.',
    intention: 'Ne plus payer de pénalités de retard parce qu’un valideur est en congé.',
    dataSignals: 'Matrice des délégations, calendrier des absences, montants et centres de coûts.',
    exceptionOwner: 'Claire Martin, directrice administrative et financière',
    howToPause:
      'Retour au circuit actuel par un simple paramètre ; les factures de plus de 50 000 € restent toujours validées à la main.',
    complianceNote:
      'Contrôle interne : la séparation des tâches doit être préservée (revue des commissaires aux comptes).',
    tags: ['factures', 'contrôle interne'],
  },
  supplierQueryBot: {
    title: 'Réponse automatique aux relances des fournisseurs',
    description:
      'Idée notée en atelier : un portail ou un agent qui indique aux fournisseurs où en est le paiement de leurs factures.',
    intention: '',
    dataSignals: '',
    exceptionOwner: '',
    howToPause: '',
    complianceNote: '',
    tags: ['à qualifier'],
  },
  branchDataConsolidation: {
    title: 'Consolidation automatique des données des agences',
    description:
      'Collecter les ventes par famille de produits et les volumes de déchets repris directement depuis l’ERP, signaler les anomalies et préparer la déclaration REP PMCB.',
    intention:
      'Fiabiliser les déclarations réglementaires et rendre visibles les anomalies avant l’envoi à l’éco-organisme.',
    dataSignals:
      'Ventes ERP par famille de produits, bons de reprise des déchets, référentiel des agences.',
    exceptionOwner: 'Nadia Haddad, responsable conformité',
    howToPause:
      'La consolidation produit un brouillon : rien n’est déclaré sans la validation de la responsable conformité.',
    complianceNote:
      'Données non personnelles. Obligation REP PMCB (loi AGEC) : conserver la piste d’audit des calculs.',
    tags: ['conformité', 'REP', 'données'],
  },
  regulatoryWatch: {
    title: 'Veille réglementaire assistée',
    description:
      'Résumer chaque semaine les nouveaux textes (Journal officiel, éco-organismes, normes produits) et signaler ceux qui concernent nos familles de produits.',
    intention: 'Ne plus dépendre d’une seule personne pour savoir ce qui change.',
    dataSignals:
      'Flux du Journal officiel et d’EUR-Lex, lettres des éco-organismes, catalogue produits.',
    exceptionOwner: 'Étienne Faure, juriste',
    howToPause:
      'Le résumé est une aide : le juriste valide chaque alerte avant diffusion, et l’envoi peut être suspendu à tout moment.',
    complianceNote:
      'Risque d’erreur d’interprétation : l’outil ne rend aucun avis juridique. Vérifier les conditions de réutilisation des sources.',
    tags: ['conformité', 'IA générative'],
  },
  safetySheetUpdates: {
    title: 'Mise à jour automatique des fiches de données de sécurité',
    description:
      'Récupérer les nouvelles fiches sur les portails des fournisseurs, détecter les changements de classement et les diffuser aux agences.',
    intention:
      'Que chaque agence dispose de la fiche en vigueur pour chaque produit dangereux qu’elle vend.',
    dataSignals:
      'Portails et e-mails des fournisseurs, référentiel produits, liste des produits dangereux par agence.',
    exceptionOwner: 'Julien Roux, directeur des opérations',
    howToPause:
      'Les agences gardent l’accès à la version précédente ; la conformité peut couper la diffusion automatique.',
    complianceNote:
      'Règlement REACH (article 31) : la fiche à jour doit être transmise aux clients professionnels. Pas de données personnelles.',
    tags: ['conformité', 'sécurité des produits'],
  },
  selfServiceReset: {
    title: 'Réinitialisation des mots de passe en libre-service',
    description:
      'Permettre aux collaborateurs de réinitialiser leur mot de passe et de demander les accès courants sans passer par le support.',
    intention:
      'Libérer le support des demandes simples pour qu’il traite les vrais incidents des agences.',
    dataSignals: 'Annuaire, historique des tickets, catalogue des droits d’accès.',
    exceptionOwner: 'Thomas Lefèvre, responsable du support',
    howToPause:
      'Le support téléphonique reste disponible ; le libre-service peut être désactivé en cas d’incident de sécurité.',
    complianceNote:
      'Double authentification obligatoire, journalisation des réinitialisations (sécurité et RGPD).',
    tags: ['support informatique', 'libre-service'],
  },
  ticketTriage: {
    title: 'Qualification et affectation automatiques des tickets',
    description:
      'Classer chaque demande (catégorie, urgence, site) et l’affecter directement à la bonne équipe.',
    intention:
      'Supprimer les rebonds entre équipes et rendre visibles les vraies urgences des agences.',
    dataSignals: 'Texte des demandes, trois ans de tickets qualifiés, liste des sites.',
    exceptionOwner: 'Thomas Lefèvre, responsable du support',
    howToPause:
      'Les tickets classés avec une confiance faible vont dans la file de tri manuel ; retour au tri manuel en un clic.',
    complianceNote:
      'Les tickets contiennent des données personnelles de collaborateurs : information du CSE et mise à jour du registre RGPD.',
    tags: ['support informatique', 'classification'],
  },
  itKnowledgeAssistant: {
    title: 'Assistant informatique pour les collaborateurs',
    description:
      'Un assistant conversationnel qui répond aux questions courantes à partir de la base de connaissances et propose d’ouvrir un ticket.',
    intention: '',
    dataSignals: 'Base de connaissances (en partie obsolète), historique des tickets résolus.',
    exceptionOwner: 'Inès Moreau, responsable de l’exploitation',
    howToPause:
      'Un bouton « parler à un technicien » reste toujours visible ; l’assistant peut être retiré du portail.',
    complianceNote:
      'AI Act : informer les collaborateurs qu’ils échangent avec une IA. Données hébergées dans l’Union européenne.',
    tags: ['support informatique', 'IA générative'],
  },
  instantQuotes: {
    title: 'Devis chantier instantanés pour les artisans',
    description:
      'Produire en quelques minutes un devis chiffré à partir d’une liste ou d’une photo de métré, avec les prix négociés du client et la disponibilité en agence ; le commercial valide les devis importants.',
    intention: 'Répondre avant le concurrent : un devis en minutes plutôt qu’en 48 heures.',
    dataSignals:
      'Catalogue et tarifs, conditions par client, stocks par agence, historique des devis gagnés et perdus.',
    exceptionOwner: 'Camille Petit, directrice commerciale',
    howToPause:
      'Tout devis de plus de 5 000 € ou hors conditions standard passe par un commercial ; la fonction peut être retirée du site.',
    complianceNote:
      'Données clients (RGPD). AI Act : transparence sur la génération automatique du devis. Le prix engage l’entreprise : validation humaine des cas hors barème.',
    tags: ['parcours client', 'devis', 'IA générative'],
  },
  serviceChatbot: {
    title: 'Agent conversationnel du service client',
    description:
      'Un agent qui répond jour et nuit aux questions simples (suivi de livraison, duplicata de facture, disponibilité) et passe la main à un conseiller sinon.',
    intention:
      'Absorber les questions simples pour que les conseillers se consacrent aux cas complexes.',
    dataSignals: 'Suivi des livraisons, factures, fiches produits, historique des demandes.',
    exceptionOwner: 'Karim Benali, directeur du service client',
    howToPause:
      'Transfert vers un conseiller à tout moment ; l’agent est coupé si la satisfaction passe sous le seuil convenu.',
    complianceNote:
      'AI Act, article 50 : informer le client qu’il échange avec une IA. RGPD : conversations conservées 12 mois au plus.',
    tags: ['parcours client', 'service client', 'IA générative'],
  },
  deliveryDelayAlerts: {
    title: 'Alertes proactives de retard de livraison',
    description:
      'Prévenir le client par SMS dès qu’une livraison risque d’être en retard, avec un nouveau créneau et la possibilité de retirer la commande en agence.',
    intention: 'Que l’artisan apprenne le retard avant d’arriver sur le chantier, pas après.',
    dataSignals:
      'Plan de tournées, géolocalisation des camions, état de préparation des commandes, coordonnées du chantier.',
    exceptionOwner: 'Julien Roux, directeur des opérations',
    howToPause:
      'Les envois sont suspendus d’un clic si les données de tournée sont douteuses ; le client peut se désinscrire.',
    complianceNote:
      'Coordonnées des clients (RGPD) : intérêt légitime et désinscription possible. Géolocalisation des chauffeurs : information et consultation du CSE.',
    tags: ['parcours client', 'logistique'],
  },
  churnEarlyWarning: {
    title: 'Alerte précoce d’attrition des comptes pros',
    description:
      'Repérer les comptes dont les achats baissent ou changent de nature, expliquer les signaux et proposer au commercial une action (visite, offre, appel du service client).',
    intention: 'Voir partir un client quand on peut encore agir, et comprendre pourquoi il part.',
    dataSignals:
      'Historique d’achats par compte, litiges et réclamations, retards de livraison subis, visites commerciales.',
    exceptionOwner: 'Camille Petit, directrice commerciale',
    howToPause:
      'Les alertes sont des suggestions aux commerciaux, jamais des décisions automatiques ; le modèle est revu chaque trimestre et peut être suspendu.',
    complianceNote:
      'Profilage de clients, dont des entrepreneurs individuels : analyse d’impact (AIPD) à mener, information des clients et droit d’opposition (RGPD, articles 13, 14 et 21).',
    tags: ['parcours client', 'attrition', 'données'],
  },
  fastAccountOpening: {
    title: 'Ouverture de compte pro accélérée avec score de crédit',
    description:
      'Vérifier automatiquement les pièces (Kbis, RIB, identité) et proposer un encours à partir d’un score de solvabilité.',
    intention: 'Ouvrir un compte en une journée au lieu de cinq, sans dégrader le risque client.',
    dataSignals:
      'Pièces justificatives, données légales des entreprises, historique de paiement, données de crédit externes.',
    exceptionOwner: 'Claire Martin, directrice administrative et financière',
    howToPause:
      'Tout refus ou encours réduit est revu par le service crédit ; le score peut être désactivé.',
    complianceNote:
      'AI Act : évaluer la solvabilité de personnes physiques (artisans en nom propre) relève des systèmes à haut risque (annexe III). RGPD, article 22 : pas de décision entièrement automatisée.',
    tags: ['parcours client', 'crédit', 'risque'],
  },
} satisfies Record<UseCaseKey, UseCaseTexts>;
