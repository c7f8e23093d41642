import { callLogHeaders, OUTCOME_WORDS, type Outcome } from '../calllog/schema';
import { excelSerialFromDay } from '../coerce/date';
import type { Cell } from '../model/cell';
import type { EpochDay } from '../model/day';
import { settingsSheetRows } from '../settings/sheet-rows';
import { wallTimeOf } from '../time/zone';

/** The sample firm works from London; its debtors are spread over three continents. */
export const SAMPLE_COLLECTOR_ZONE = 'Europe/London';

/** A hand-made invoice list with the optional columns a careful bookkeeper adds. */
export const SAMPLE_AGING_HEADERS = [
  'Customer', 'Invoice', 'Invoice date', 'Due date', 'Amount', 'Open balance',
  'Contact person', 'Phone', 'Company size', 'Country', 'Time zone', 'Customer type', 'Disputed', 'Collector',
] as const;

/** The sample's two collectors: Alex owns the promises and the accounts abroad, Sam the large UK ones; the rest are shared. */
export const SAMPLE_COLLECTORS = ['Alex', 'Sam'] as const;

/** One invoice: days relative to the as-of day (negative = in the past). */
interface SampleInvoice {
  readonly no: string;
  readonly issued: number;
  readonly due: number;
  readonly amount: number;
  /** Open balance when part was paid; the full amount otherwise. */
  readonly open?: number;
}

interface SampleDebtor {
  readonly name: string;
  readonly contact: string;
  readonly phone: string;
  readonly size: string;
  readonly country: string;
  readonly zone: string;
  readonly consumer?: boolean;
  readonly disputed?: boolean;
  /** The collector who owns the account; none = shared out. */
  readonly owner?: (typeof SAMPLE_COLLECTORS)[number];
  readonly invoices: readonly SampleInvoice[];
}

/** A past call: days and collector-local minutes relative to the as-of day. */
interface SampleCall {
  readonly customer: string;
  readonly daysAgo: number;
  readonly at: number;
  readonly outcome: Outcome;
  readonly promisedAmount?: number;
  /** Days from the as-of day, like the fields below. */
  readonly promisedInDays?: number;
  readonly callbackInDays?: number;
  readonly excuse?: string;
  readonly consequence?: string;
  readonly consequenceInDays?: number;
  readonly balance?: number;
  readonly notes?: string;
}

const inv = (no: string, issued: number, terms: number, amount: number, open?: number): SampleInvoice => ({ no, issued, due: issued + terms, amount, open });

const UK = { country: 'GB', zone: 'Europe/London' } as const;
const DEBTORS: readonly SampleDebtor[] = [
  // Not yet due: courtesy calls at most.
  { name: 'Brightwater Cafés Ltd', contact: 'Emma Hollis', phone: '+44 20 7946 0101', size: 'small', ...UK, invoices: [inv('INV-2301', -10, 30, 1840)] },
  { name: 'Northgate Joinery', contact: 'Tom Archer', phone: '+44 161 496 0102', size: '12', ...UK, invoices: [inv('INV-2305', -5, 30, 2260), inv('INV-2306', -2, 30, 640)] },
  { name: 'Harbour Lights Hotel', contact: 'Priya Nair', phone: '+44 1632 960103', size: 'medium', ...UK, invoices: [inv('INV-2311', -28, 30, 5120)] },
  { name: 'Greenleaf Pharmacy', contact: 'Owen Price', phone: '+44 29 2018 0104', size: 'small', ...UK, invoices: [inv('INV-2313', -20, 30, 930)] },
  { name: 'Castle Print & Copy', contact: 'Jenny Lowe', phone: '+44 131 496 0105', size: '8', ...UK, invoices: [inv('INV-2316', -14, 30, 415.5)] },
  // Fresh overdue: the first, friendly call.
  { name: 'Fenwick Electrical', contact: 'Dan Fenwick', phone: '+44 191 498 0106', size: 'small', ...UK, invoices: [inv('INV-2244', -36, 30, 3150), inv('INV-2318', -6, 30, 780)] },
  { name: 'Marlow Dental Practice', contact: 'Dr Sarah Quinn', phone: '+44 1628 960107', size: 'small', ...UK, invoices: [inv('INV-2250', -40, 30, 1275)] },
  { name: 'Apex Logistics plc', owner: 'Sam', contact: 'Accounts Payable', phone: '+44 121 496 0108', size: 'large', ...UK, invoices: [inv('INV-2239', -44, 30, 12800), inv('INV-2261', -33, 30, 6400), inv('INV-2320', -4, 30, 6400)] },
  { name: 'Willow & Finch Interiors', contact: 'Grace Finch', phone: '+44 117 496 0109', size: 'small', ...UK, invoices: [inv('INV-2255', -39, 30, 2890)] },
  { name: 'Tideway Marine Services', owner: 'Sam', contact: 'Callum Reid', phone: '+44 1224 960110', size: '85', ...UK, invoices: [inv('INV-2248', -45, 30, 7425)] },
  { name: 'Oakridge Veterinary Group', contact: 'Helen Marsh', phone: '+44 1865 960111', size: 'medium', ...UK, invoices: [inv('INV-2257', -41, 30, 3980)] },
  { name: 'Redbrick Bakery', contact: 'Luca Romano', phone: '+44 113 496 0112', size: 'small', ...UK, invoices: [inv('INV-2259', -37, 30, 560)] },
  // Older overdue: firm calls and consequences.
  { name: 'Summit Scaffolding Ltd', owner: 'Sam', contact: 'Gary Holt', phone: '+44 114 496 0113', size: '40', ...UK, invoices: [inv('INV-2170', -78, 30, 9600), inv('INV-2201', -62, 30, 4200)] },
  { name: 'Lakeside Garden Centre', contact: 'Ruth Bell', phone: '+44 15394 60114', size: 'small', ...UK, invoices: [inv('INV-2182', -70, 30, 2150)] },
  { name: 'Kingsway Motors', owner: 'Sam', contact: 'Imran Shah', phone: '+44 24 7649 0115', size: 'medium', ...UK, invoices: [inv('INV-2160', -84, 30, 14300)] },
  { name: 'Blue Fern Florists', contact: 'Maisie Clarke', phone: '+44 1273 960116', size: 'small', ...UK, invoices: [inv('INV-2140', -96, 30, 720)] },
  { name: 'Hollybush Care Homes', owner: 'Sam', contact: 'Finance Office', phone: '+44 1603 960117', size: 'large', ...UK, invoices: [inv('INV-2122', -110, 30, 18750), inv('INV-2176', -75, 30, 6250)] },
  { name: 'Piper Events Ltd', contact: 'Alfie Piper', phone: '+44 1452 960118', size: 'small', ...UK, invoices: [inv('INV-2101', -125, 30, 4380)] },
  { name: 'Stonebridge Builders', owner: 'Sam', contact: 'Mark Ellis', phone: '+44 1392 960119', size: '60', ...UK, invoices: [inv('INV-2063', -150, 30, 22400)] },
  { name: 'Corner Shop Express', contact: 'Ravi Patel', phone: '+44 116 496 0120', size: 'small', ...UK, invoices: [inv('INV-1980', -240, 30, 1340)] },
  { name: 'Old Mill Antiques', contact: 'Peter Gough', phone: '+44 1743 960121', size: 'small', ...UK, invoices: [inv('INV-1702', -820, 30, 3600)] },
  // Promises: one broken yesterday, one broken twice, one open, one kept.
  { name: 'Crescent Fitness Studio', owner: 'Alex', contact: 'Jade Morgan', phone: '+44 1225 960122', size: 'small', ...UK, invoices: [inv('INV-2210', -58, 30, 2475)] },
  { name: 'Ironside Security', owner: 'Alex', contact: 'Neil Barker', phone: '+44 1782 960123', size: 'medium', ...UK, invoices: [inv('INV-2150', -92, 30, 8120), inv('INV-2246', -42, 30, 2030)] },
  { name: 'Meadow Lane Nursery', owner: 'Alex', contact: 'Anna Kowal', phone: '+44 1904 960124', size: 'small', ...UK, invoices: [inv('INV-2230', -50, 30, 1660)] },
  { name: 'Quayside Seafood Co', owner: 'Alex', contact: 'Ross McLeod', phone: '+44 141 496 0125', size: '30', ...UK, invoices: [inv('INV-2228', -53, 30, 3390)] },
  // A partial payment: the rest to chase.
  { name: 'Lantern Brewing Co', owner: 'Alex', contact: 'Sam Whitley', phone: '+44 1225 960126', size: 'small', ...UK, invoices: [inv('INV-2190', -66, 30, 6000, 3500)] },
  { name: 'Rowan Architects', owner: 'Alex', contact: 'Claire Rowan', phone: '+44 20 7946 0127', size: 'small', ...UK, invoices: [inv('INV-2206', -60, 30, 4800, 1200), inv('INV-2321', -3, 30, 2100)] },
  // Disputes: quality complaint, and a punctual payer now late.
  { name: 'Westfield Catering', contact: 'Martin Doyle', phone: '+44 1223 960128', size: 'medium', ...UK, disputed: true, invoices: [inv('INV-2215', -57, 30, 5540)] },
  { name: 'Elm Street Opticians', contact: 'Nina Shaw', phone: '+44 1733 960129', size: 'small', ...UK, invoices: [inv('INV-2241', -46, 30, 1890)] },
  // A call-back requested and a gatekeeper.
  { name: 'Granite Facilities Management', owner: 'Sam', contact: 'Accounts Payable', phone: '+44 1382 960130', size: 'large', ...UK, invoices: [inv('INV-2196', -64, 30, 11200)] },
  { name: 'Silverline Taxis', contact: 'Kev Walsh', phone: '+44 151 496 0131', size: 'small', ...UK, invoices: [inv('INV-2220', -55, 30, 980)] },
  // Abroad: a US consumer, a debtor in Shanghai, one in Warsaw, and others.
  { name: 'Jordan Miller', owner: 'Alex', contact: 'Jordan Miller', phone: '+1 312 555 0132', size: '', country: 'US', zone: 'America/Chicago', consumer: true, invoices: [inv('INV-2212', -59, 30, 1450)] },
  { name: 'Lakeview Outfitters LLC', owner: 'Alex', contact: 'Beth Carter', phone: '+1 206 555 0133', size: 'medium', country: 'US', zone: 'America/Los_Angeles', invoices: [inv('INV-2199', -63, 30, 7300)] },
  { name: '上海瑞鑫贸易有限公司', owner: 'Alex', contact: '王经理', phone: '+86 21 5555 0134', size: 'large', country: 'CN', zone: 'Asia/Shanghai', invoices: [inv('INV-2172', -76, 30, 16800), inv('INV-2262', -32, 30, 8400)] },
  { name: '深圳恒达电子有限公司', owner: 'Alex', contact: '李总', phone: '+86 755 5555 0135', size: 'small', country: 'CN', zone: 'Asia/Shanghai', invoices: [inv('INV-2236', -47, 30, 4260)] },
  { name: 'Kowalski i Synowie Sp. z o.o.', owner: 'Alex', contact: 'Marek Kowalski', phone: '+48 22 555 0136', size: 'small', country: 'PL', zone: 'Europe/Warsaw', invoices: [inv('FV/2026/0871', -68, 30, 5900), inv('FV/2026/0940', -8, 30, 2100)] },
  { name: 'Wisła Logistyka S.A.', owner: 'Alex', contact: 'Agnieszka Nowak', phone: '+48 12 555 0137', size: '300', country: 'PL', zone: 'Europe/Warsaw', invoices: [inv('FV/2026/0822', -88, 30, 13400)] },
  { name: 'Dublin Craft Supplies', contact: 'Siobhan Byrne', phone: '+353 1 555 0138', size: 'small', country: 'IE', zone: 'Europe/Dublin', invoices: [inv('INV-2233', -49, 30, 1720)] },
  { name: 'Rhine Valley Foods GmbH', contact: 'Jonas Weber', phone: '+49 221 555 0139', size: 'medium', country: 'DE', zone: 'Europe/Berlin', invoices: [inv('INV-2185', -69, 30, 6950)] },
  { name: 'Maple Leaf Imports', contact: 'Chloé Tremblay', phone: '+1 514 555 0140', size: 'small', country: 'CA', zone: 'America/Toronto', invoices: [inv('INV-2242', -43, 30, 2640), inv('INV-2319', -5, 30, 880)] },
];

const CALLS: readonly SampleCall[] = [
  // Broken yesterday: promised 2 475 for yesterday, nothing arrived.
  { customer: 'Crescent Fitness Studio', daysAgo: 23, at: 10 * 60 + 5, outcome: 'no answer' },
  { customer: 'Crescent Fitness Studio', daysAgo: 6, at: 9 * 60 + 20, outcome: 'promise to pay', promisedAmount: 2475, promisedInDays: -1, excuse: 'cash-flow', balance: 2475, notes: 'Will pay by bank transfer once their client pays.' },
  // Broken twice; stop supply was announced and its date has passed.
  { customer: 'Ironside Security', daysAgo: 40, at: 11 * 60, outcome: 'promise to pay', promisedAmount: 8120, promisedInDays: -30, balance: 8120, notes: 'Promised by transfer.' },
  { customer: 'Ironside Security', daysAgo: 21, at: 9 * 60 + 45, outcome: 'promise to pay', promisedAmount: 8120, promisedInDays: -14, excuse: 'cheque in the post', balance: 10150, notes: 'Said a cheque was sent; no number given.' },
  { customer: 'Ironside Security', daysAgo: 9, at: 10 * 60 + 30, outcome: 'refused', consequence: 'stop supply', consequenceInDays: -2, balance: 10150, notes: 'Told them supply stops if nothing arrives.' },
  // Open promise due in three days.
  { customer: 'Meadow Lane Nursery', daysAgo: 2, at: 14 * 60 + 10, outcome: 'promise to pay', promisedAmount: 1660, promisedInDays: 3, balance: 1660, notes: 'Pays on Friday by card.' },
  // Kept promise earlier this year, now late again.
  { customer: 'Quayside Seafood Co', daysAgo: 95, at: 9 * 60 + 15, outcome: 'promise to pay', promisedAmount: 2100, promisedInDays: -90, balance: 2100 },
  { customer: 'Quayside Seafood Co', daysAgo: 4, at: 9 * 60 + 10, outcome: 'voicemail' },
  // Partial payment promised and received; the rest to chase.
  { customer: 'Lantern Brewing Co', daysAgo: 15, at: 10 * 60, outcome: 'partial payment promised', promisedAmount: 2500, promisedInDays: -8, excuse: 'small partial payment', balance: 6000, notes: '2 500 now, rest after the Christmas trade.' },
  { customer: 'Rowan Architects', daysAgo: 12, at: 15 * 60, outcome: 'partial payment promised', promisedAmount: 3600, promisedInDays: -7, balance: 6900 },
  // Dispute about the goods.
  { customer: 'Westfield Catering', daysAgo: 10, at: 11 * 60 + 20, outcome: 'dispute', excuse: 'dispute about goods', balance: 5540, notes: 'Two chafing dishes arrived dented; photos requested.' },
  // Call-back requested for tomorrow morning; a gatekeeper.
  { customer: 'Granite Facilities Management', daysAgo: 1, at: 16 * 60, outcome: 'callback requested', callbackInDays: 1, balance: 11200, notes: 'Controller back tomorrow.' },
  { customer: 'Granite Facilities Management', daysAgo: 8, at: 10 * 60, outcome: 'not decision maker', excuse: 'not the decision maker', balance: 11200 },
  { customer: 'Silverline Taxis', daysAgo: 3, at: 9 * 60 + 30, outcome: 'wrong number', notes: 'Number now belongs to a florist; look up a new one.' },
  // Abroad.
  { customer: 'Jordan Miller', daysAgo: 5, at: 16 * 60, outcome: 'voicemail', balance: 1450 },
  { customer: '上海瑞鑫贸易有限公司', daysAgo: 11, at: 2 * 60 + 30, outcome: 'promise to pay', promisedAmount: 16800, promisedInDays: -4, balance: 25200, notes: '王经理说月底前付款。' },
  { customer: 'Kowalski i Synowie Sp. z o.o.', daysAgo: 14, at: 8 * 60 + 20, outcome: 'callback requested', callbackInDays: -7, balance: 5900, notes: 'Prezes na urlopie.' },
  { customer: 'Stonebridge Builders', daysAgo: 30, at: 10 * 60 + 40, outcome: 'refused', consequence: 'final notice', consequenceInDays: 10, balance: 22400, notes: 'Says the site owner has not paid them.' },
];

function serial(day: EpochDay, minutes = 0): number {
  return excelSerialFromDay(day, minutes);
}

/**
 * A realistic small-firm workbook, everything dated relative to `asOf` so it always looks current:
 * about 40 debtors (not due, fresh and old overdue, broken and kept promises, a partial payment, a
 * dispute, a US consumer, debtors in Shanghai and Warsaw), a call log of recent calls and a
 * Settings sheet with two collectors, who own some accounts (the Collector column) and share the rest. Dates are Excel serials in the collector's wall time, as Excel delivers them.
 *
 * @example
 * sampleWorkbook(new Date('2026-11-23T09:00:00Z')).aging[0] // → ['Customer', 'Invoice', 'Invoice date', …]
 */
export function sampleWorkbook(asOf: Date): { aging: Cell[][]; callLog: Cell[][]; settings: Cell[][] } {
  const today = wallTimeOf(asOf, SAMPLE_COLLECTOR_ZONE).day;
  const aging: Cell[][] = [[...SAMPLE_AGING_HEADERS]];
  for (const d of DEBTORS) {
    for (const i of d.invoices) {
      aging.push([
        d.name, i.no, serial(today + i.issued), serial(today + i.due), i.amount, i.open ?? i.amount,
        d.contact, d.phone, d.size, d.country, d.zone, d.consumer ? 'consumer' : 'business', d.disputed ? 'yes' : '', d.owner ?? '',
      ]);
    }
  }
  const callLog: Cell[][] = [callLogHeaders('en')];
  const ordered = [...CALLS].sort((a, b) => b.daysAgo - a.daysAgo || a.at - b.at);
  for (const c of ordered) {
    callLog.push([
      serial(today - c.daysAgo, c.at),
      c.customer,
      'Alex',
      OUTCOME_WORDS[c.outcome].en,
      c.promisedAmount ?? '',
      c.promisedInDays === undefined ? '' : serial(today + c.promisedInDays),
      c.callbackInDays === undefined ? '' : serial(today + c.callbackInDays, 9 * 60 + 30),
      c.excuse ?? '',
      c.consequence ?? '',
      c.consequenceInDays === undefined ? '' : serial(today + c.consequenceInDays),
      c.balance ?? '',
      c.notes ?? '',
    ]);
  }
  const settings = settingsSheetRows('en', {
    collectorTimeZone: SAMPLE_COLLECTOR_ZONE,
    holidayCountry: 'GB',
    allowedConsequences: ['final notice', 'late interest', 'stop supply'],
    collectors: [...SAMPLE_COLLECTORS],
  });
  return { aging, callLog, settings };
}
