/** The demo workspace, in English (framing, workflows, steps and frictions). */
import type { DemoTexts } from './demo-texts';
import { enUseCaseTexts } from './demo-use-cases-en';

export const enTexts = {
  workspace: {
    name: 'Demo – Maison Delorme Distribution',
    description:
      'Regional building-supplies distributor: 48 branches across Auvergne-Rhône-Alpes, 1,200 staff, €380M revenue, serving tradespeople and construction firms. Demo workspace: all data is fictitious.',
    intention:
      'Make visible the repetitive work that slows our teams down, make life simpler for the tradespeople we serve and make our regulatory reporting dependable, starting with fast, measurable internal wins.',
  },
  departments: {
    finance: 'Finance',
    customerService: 'Customer service',
    sales: 'Sales and marketing',
    it: 'IT',
    legal: 'Compliance and legal',
    operations: 'Operations and logistics',
  },
  initiatives: {
    backOffice: {
      name: 'Zero re-keying back office 2027',
      description: 'Remove manual re-keying and chasing from support functions by the end of 2027.',
    },
    artisansFirst: {
      name: 'Tradespeople first',
      description:
        'Faster quotes, predictable deliveries and a customer service that solves the request on first contact.',
    },
    trustedData: {
      name: 'Trusted data and compliance',
      description:
        'Clean, traceable and compliant product and customer data (GDPR, construction-products EPR, CSRD).',
    },
  },
  kpis: {
    invoiceCost: { name: 'Processing cost per supplier invoice', unit: '€' },
    dso: { name: 'Days sales outstanding (DSO)', unit: 'days' },
    nps: { name: 'Net Promoter Score of trade customers', unit: 'points' },
    churn: { name: 'Trade account churn rate', unit: '%' },
    fcr: { name: 'First-contact resolution rate', unit: '%' },
    handlingTime: { name: 'Average handling time per customer request', unit: 'minutes' },
    ticketTime: { name: 'IT ticket resolution time', unit: 'hours' },
    regReportDays: { name: 'Regulatory report preparation time', unit: 'days' },
  },
  workflows: {
    supplierInvoices: {
      name: 'Supplier invoice processing',
      description:
        'From receiving the invoice to paying it: 48,000 invoices a year, 60% of them still PDF or paper.',
    },
    regulatoryReporting: {
      name: 'Regulatory compliance reporting',
      description:
        'Extended producer responsibility (EPR) returns for construction products, the sustainability report (CSRD) and safety data sheets for hazardous products.',
    },
    itHelpdesk: {
      name: 'Internal IT help desk',
      description:
        'Requests from 1,200 employees (branches, depots and head office) to the IT service desk.',
    },
    proJourney: {
      name: 'Trade customer journey (tradespeople and builders)',
      description:
        'From the first quote to loyalty, and on to the moment an account goes quiet: why customers leave.',
    },
  },
  steps: {
    receiveInvoices: {
      name: 'Receive and key in invoices (paper, PDF, EDI)',
      frequency: 'Daily',
    },
    matchOrders: { name: 'Match purchase order, delivery note and invoice', frequency: 'Daily' },
    resolveDiscrepancies: {
      name: 'Resolve price and quantity discrepancies',
      frequency: 'Weekly, peaks at month end',
    },
    approveInvoices: { name: 'Approve according to signing authorities', frequency: 'Daily' },
    payAndAnswerSuppliers: {
      name: 'Pay suppliers and answer their chasers',
      frequency: 'Two payment runs a week',
    },
    collectBranchData: { name: 'Collect data from the 48 branches', frequency: 'Monthly' },
    reconcileWithErp: { name: 'Reconcile with the ERP', frequency: 'Monthly' },
    watchRegulation: { name: 'Monitor regulatory change', frequency: 'Ongoing' },
    draftDeclarations: {
      name: 'Draft the returns and the sustainability report',
      frequency: 'Quarterly and yearly',
    },
    updateSafetySheets: {
      name: 'Keep safety data sheets up to date',
      frequency: 'Whenever suppliers publish updates',
    },
    submitRequest: {
      name: 'Raise a request (email, phone, portal)',
      frequency: 'About 100 per working day',
    },
    triageTickets: { name: 'Triage and assign tickets', frequency: 'Daily' },
    resolveCommonRequests: {
      name: 'Resolve common requests (passwords, access, printers)',
      frequency: 'Daily',
    },
    escalateTickets: {
      name: 'Escalate to second line and vendors',
      frequency: 'Several times a week',
    },
    maintainKnowledgeBase: { name: 'Maintain the knowledge base', frequency: 'Monthly' },
    searchProducts: { name: 'Search products, prices and availability', frequency: 'Ongoing' },
    requestQuote: { name: 'Request a quote for a job', frequency: 'About 150 per working day' },
    openAccount: {
      name: 'Open a trade account (company check, credit limit, terms)',
      frequency: 'About 10 per working day',
    },
    orderAndDelivery: { name: 'Order, picking and delivery to site', frequency: 'Daily' },
    contactCustomerService: {
      name: 'Contact customer service (delivery, invoice, product)',
      frequency: 'Daily',
    },
    reorderAndLoyalty: {
      name: 'Repeat orders, loyalty programme and account reviews',
      frequency: 'Monthly',
    },
    dormantAccounts: {
      name: 'Account goes dormant or is lost: understand why',
      frequency: 'Quarterly review',
    },
  },
  frictions: {
    manualKeying: '60% of invoices arrive as PDF or paper and are keyed in by hand',
    discrepancyMailboxes: 'Discrepancies sit for 12 days on average in shared mailboxes',
    approvalBottleneck: 'Approvals stall when managers are away, and late-payment penalties follow',
    paymentQueries: '6,500 chasers a year from suppliers asking where their payment is',
    spreadsheetsPerBranch: '48 different spreadsheets, one per branch, consolidated by hand',
    singlePersonWatch: 'All regulatory monitoring rests on one lawyer',
    outdatedSafetySheets: 'Outdated safety data sheets are still in use in branches',
    passwordResets: '40% of tickets are password resets',
    misroutedTickets: 'One ticket in five is misrouted and bounces between teams',
    slowQuotes: 'A job quote takes 48 hours, so the tradesperson buys from a competitor',
    slowAccountOpening: 'Opening an account with a credit line takes five days',
    noDelayWarning: 'Customers find out about a late delivery once they are on site',
    whereIsMyDelivery: '30% of calls are about “where is my delivery?”',
    churnSeenTooLate: 'We notice a customer has left three months later, without knowing why',
  },
  participantRoles: {
    facilitator: 'Facilitator, head of transformation',
    cfo: 'Chief financial officer',
    customerServiceHead: 'Head of customer service',
  },
  useCases: enUseCaseTexts,
  waves: ['Now', 'Next', 'Later'],
} satisfies DemoTexts;
