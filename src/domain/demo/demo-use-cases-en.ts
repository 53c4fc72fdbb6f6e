/** The demo's use cases, in English. */
import type { UseCaseKey } from './demo-use-cases';
import type { UseCaseTexts } from './demo-texts';

export const enUseCaseTexts = {
  invoiceCapture: {
    title: 'Automatic supplier invoice capture',
    description:
      'Read supplier, amounts, VAT and order number from PDF and paper invoices automatically, then prepare the match against the purchase order and the delivery note.',
    intention:
      'Free accounts payable from re-keying so they can focus on discrepancies and on the supplier relationship.',
    dataSignals:
      'PDF and scanned invoices, supplier master data, purchase orders and goods receipts in the ERP.',
    exceptionOwner: 'Sophie Garnier, accounts payable manager',
    howToPause:
      'A switch in the capture tool sends every invoice back to manual entry; any extraction below 90% confidence is checked by an accountant.',
    complianceNote:
      'Suppliers are mostly companies, a few sole traders (GDPR: legal obligation, 10-year retention). Not a high-risk system under the AI Act.',
    tags: ['invoices', 'OCR', 'back office'],
  },
  discrepancyAssistant: {
    title: 'Invoice discrepancy assistant',
    description:
      'Suggest the likely cause of a discrepancy (price, quantity, missing discount) and draft the message to the supplier, for the buyer to approve.',
    intention: 'Make the cause of discrepancies visible so they are settled in days, not weeks.',
    dataSignals:
      'Discrepancy history, negotiated price terms, delivery notes, email threads with suppliers.',
    exceptionOwner: 'Julien Roux, head of operations',
    howToPause: 'The assistant only makes suggestions: switch it off in the work queue.',
    complianceNote:
      'Supplier emails contain contact names: data minimisation and a retention period to set (GDPR).',
    tags: ['invoices', 'purchasing'],
  },
  approvalRouting: {
    title: 'Smart approval routing and reminders',
    description:
      'Send each invoice to the right approver according to signing authorities, chase automatically and suggest a deputy when someone is away.',
    intention: 'Stop paying late-payment penalties because an approver is on holiday.',
    dataSignals: 'Signing authority matrix, absence calendar, amounts and cost centres.',
    exceptionOwner: 'Claire Martin, chief financial officer',
    howToPause:
      'Back to the current routing with one setting; invoices above €50,000 are always approved by hand.',
    complianceNote:
      'Internal control: segregation of duties must be preserved (reviewed by the statutory auditors).',
    tags: ['invoices', 'internal control'],
  },
  supplierQueryBot: {
    title: 'Automatic answers to supplier payment chasers',
    description:
      'Idea noted during the workshop: a portal or an agent that tells suppliers where the payment of their invoices stands.',
    intention: '',
    dataSignals: '',
    exceptionOwner: '',
    howToPause: '',
    complianceNote: '',
    tags: ['to qualify'],
  },
  branchDataConsolidation: {
    title: 'Automatic consolidation of branch data',
    description:
      'Pull sales by product family and the volumes of waste taken back straight from the ERP, flag anomalies and prepare the construction-products EPR return.',
    intention:
      'Make our regulatory returns dependable and surface anomalies before they reach the producer responsibility organisation.',
    dataSignals: 'ERP sales by product family, waste take-back slips, branch master data.',
    exceptionOwner: 'Nadia Haddad, compliance manager',
    howToPause:
      'The consolidation produces a draft: nothing is filed without the compliance manager’s sign-off.',
    complianceNote:
      'No personal data. EPR obligation for construction products (French AGEC law): keep an audit trail of every calculation.',
    tags: ['compliance', 'EPR', 'data'],
  },
  regulatoryWatch: {
    title: 'Assisted regulatory monitoring',
    description:
      'Summarise new texts every week (Official Journal, producer responsibility organisations, product standards) and flag those that affect our product families.',
    intention: 'Stop depending on a single person to know what is changing.',
    dataSignals:
      'Official Journal and EUR-Lex feeds, newsletters from producer responsibility organisations, product catalogue.',
    exceptionOwner: 'Étienne Faure, legal counsel',
    howToPause:
      'The summary is an aid: the lawyer approves every alert before it goes out, and sending can be paused at any time.',
    complianceNote:
      'Risk of misinterpretation: the tool gives no legal advice. Check the reuse terms of each source.',
    tags: ['compliance', 'generative AI'],
  },
  safetySheetUpdates: {
    title: 'Automatic safety data sheet updates',
    description:
      'Fetch new sheets from supplier portals, detect changes in hazard classification and push them to the branches.',
    intention: 'Every branch holds the current sheet for every hazardous product it sells.',
    dataSignals:
      'Supplier portals and emails, product master data, list of hazardous products per branch.',
    exceptionOwner: 'Julien Roux, head of operations',
    howToPause:
      'Branches keep access to the previous version; compliance can switch automatic distribution off.',
    complianceNote:
      'REACH regulation (article 31): the current sheet must be passed on to trade customers. No personal data.',
    tags: ['compliance', 'product safety'],
  },
  selfServiceReset: {
    title: 'Self-service password reset',
    description:
      'Let employees reset their password and request common access rights without going through the help desk.',
    intention: 'Free the help desk from simple requests so it can handle real branch incidents.',
    dataSignals: 'Directory, ticket history, access rights catalogue.',
    exceptionOwner: 'Thomas Lefèvre, help desk manager',
    howToPause:
      'Phone support stays available; self-service can be switched off during a security incident.',
    complianceNote: 'Two-factor authentication required, every reset logged (security and GDPR).',
    tags: ['IT support', 'self-service'],
  },
  ticketTriage: {
    title: 'Automatic ticket triage and routing',
    description:
      'Classify each request (category, urgency, site) and assign it straight to the right team.',
    intention: 'End the bouncing between teams and make the real branch emergencies visible.',
    dataSignals: 'Request text, three years of categorised tickets, list of sites.',
    exceptionOwner: 'Thomas Lefèvre, help desk manager',
    howToPause:
      'Low-confidence tickets go to the manual triage queue; back to manual triage in one click.',
    complianceNote:
      'Tickets contain employees’ personal data: inform the works council and update the GDPR record of processing.',
    tags: ['IT support', 'classification'],
  },
  itKnowledgeAssistant: {
    title: 'IT assistant for employees',
    description:
      'A conversational assistant that answers common questions from the knowledge base and offers to open a ticket.',
    intention: '',
    dataSignals: 'Knowledge base (partly outdated), history of resolved tickets.',
    exceptionOwner: 'Inès Moreau, IT operations manager',
    howToPause:
      'A “talk to a technician” button is always visible; the assistant can be removed from the portal.',
    complianceNote:
      'AI Act: tell employees they are talking to an AI. Data hosted in the European Union.',
    tags: ['IT support', 'generative AI'],
  },
  instantQuotes: {
    title: 'Instant job quotes for tradespeople',
    description:
      'Produce a priced quote within minutes from a materials list or a photo of a take-off, with the customer’s negotiated prices and branch availability; a sales rep approves large quotes.',
    intention: 'Answer before the competition does: a quote in minutes rather than 48 hours.',
    dataSignals:
      'Catalogue and price lists, customer terms, stock per branch, history of won and lost quotes.',
    exceptionOwner: 'Camille Petit, sales director',
    howToPause:
      'Any quote above €5,000 or outside standard terms goes through a sales rep; the feature can be taken off the website.',
    complianceNote:
      'Customer data (GDPR). AI Act: be transparent that the quote is generated automatically. Prices bind the company: a human approves anything outside the price list.',
    tags: ['customer journey', 'quotes', 'generative AI'],
  },
  serviceChatbot: {
    title: 'Customer service chatbot',
    description:
      'An agent that answers simple questions day and night (delivery tracking, invoice copies, availability) and hands over to an adviser otherwise.',
    intention: 'Absorb simple questions so advisers can focus on complex cases.',
    dataSignals: 'Delivery tracking, invoices, product sheets, request history.',
    exceptionOwner: 'Karim Benali, head of customer service',
    howToPause:
      'Hand-over to an adviser at any time; the agent is switched off if satisfaction drops below the agreed threshold.',
    complianceNote:
      'AI Act, article 50: tell customers they are talking to an AI. GDPR: conversations kept for 12 months at most.',
    tags: ['customer journey', 'customer service', 'generative AI'],
  },
  deliveryDelayAlerts: {
    title: 'Proactive late-delivery alerts',
    description:
      'Text the customer as soon as a delivery is at risk of being late, with a new slot and the option to collect from the branch.',
    intention: 'The tradesperson learns about the delay before reaching the site, not after.',
    dataSignals: 'Route plans, truck locations, order picking status, site contact details.',
    exceptionOwner: 'Julien Roux, head of operations',
    howToPause: 'Sending is paused in one click if route data looks wrong; customers can opt out.',
    complianceNote:
      'Customer contact details (GDPR): legitimate interest, opt-out offered. Driver location data: inform and consult the works council.',
    tags: ['customer journey', 'logistics'],
  },
  churnEarlyWarning: {
    title: 'Early churn warning for trade accounts',
    description:
      'Spot accounts whose purchases drop or change pattern, explain the signals and suggest an action to the sales rep (visit, offer, call from customer service).',
    intention: 'See a customer drifting away while there is still time to act, and understand why.',
    dataSignals:
      'Purchase history per account, disputes and complaints, late deliveries suffered, sales visits.',
    exceptionOwner: 'Camille Petit, sales director',
    howToPause:
      'Alerts are suggestions to sales reps, never automatic decisions; the model is reviewed every quarter and can be paused.',
    complianceNote:
      'Profiling of customers, some of them sole traders: a data protection impact assessment is needed, plus customer information and the right to object (GDPR articles 13, 14 and 21).',
    tags: ['customer journey', 'churn', 'data'],
  },
  fastAccountOpening: {
    title: 'Fast trade account opening with credit scoring',
    description:
      'Check documents automatically (company registration, bank details, ID) and propose a credit limit from a creditworthiness score.',
    intention: 'Open an account in one day instead of five, without raising credit risk.',
    dataSignals:
      'Supporting documents, company registry data, payment history, external credit data.',
    exceptionOwner: 'Claire Martin, chief financial officer',
    howToPause:
      'Every refusal or reduced limit is reviewed by the credit team; scoring can be switched off.',
    complianceNote:
      'AI Act: assessing the creditworthiness of natural persons (sole-trader tradespeople) is a high-risk system (Annex III). GDPR article 22: no solely automated decision.',
    tags: ['customer journey', 'credit', 'risk'],
  },
} satisfies Record<UseCaseKey, UseCaseTexts>;
