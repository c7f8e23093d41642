import type { Texts } from '../i18n/texts';
import type { AskFor, RiskClass, Stage } from './types';
import type { Violation } from '../schedule/rules';
import type { PolicyName } from '../settings/schema';

export const RISK_NAMES: Readonly<Record<RiskClass, Texts>> = {
  'not-due': { en: 'not due', 'zh-CN': '未收款', pl: 'niewymagalne' },
  collect: { en: 'under collection', 'zh-CN': '催收款', pl: 'w windykacji' },
  doubtful: { en: 'doubtful', 'zh-CN': '准呆账', pl: 'wątpliwe' },
  bad: { en: 'bad', 'zh-CN': '呆账', pl: 'złe' },
  dead: { en: 'dead', 'zh-CN': '死账', pl: 'nieściągalne' },
};

export const STAGE_NAMES: Readonly<Record<Stage, Texts>> = {
  0: { en: 'reminder', 'zh-CN': '到期提醒', pl: 'przypomnienie' },
  1: { en: 'make aware', 'zh-CN': '告知欠款', pl: 'uświadomienie' },
  2: { en: 'firm', 'zh-CN': '坚定催收', pl: 'stanowczo' },
  3: { en: 'consequences', 'zh-CN': '说明后果', pl: 'konsekwencje' },
  4: { en: 'final notice / hold supply', 'zh-CN': '最后通知 / 暂停供货', pl: 'ostateczne wezwanie / wstrzymanie dostaw' },
  5: { en: 'agency or court', 'zh-CN': '委托催收或诉讼', pl: 'windykacja zewnętrzna lub sąd' },
};

export const ASK_FOR: Readonly<Record<AskFor, Texts>> = {
  owner: { en: 'the owner or president', 'zh-CN': '老板或总经理', pl: 'właściciela lub prezesa' },
  'general-manager-or-finance-director': { en: 'the general manager or finance director', 'zh-CN': '总经理或财务总监', pl: 'dyrektora generalnego lub finansowego' },
  'ap-manager-or-controller': { en: 'the accounts-payable manager or controller', 'zh-CN': '负责付款的财务经理', pl: 'kierownika działu rozliczeń lub kontrolera finansowego' },
  'account-holder': { en: 'the account holder in person', 'zh-CN': '账户持有人本人', pl: 'osobiście posiadacza rachunku' },
};

export const VIOLATIONS: Readonly<Record<Violation, Texts>> = {
  'legal-hours': { en: 'outside the hours the policy allows ({policy})', 'zh-CN': '不在规则允许的时段内（{policy}）', pl: 'poza godzinami dozwolonymi przez zasady ({policy})' },
  'outside-working-hours': { en: 'outside the debtor’s working hours', 'zh-CN': '不在债务人的工作时间内', pl: 'poza godzinami pracy dłużnika' },
  lunch: { en: 'during the debtor’s lunch break', 'zh-CN': '在债务人的午休时间', pl: 'w czasie przerwy obiadowej dłużnika' },
  'debtor-day-off': { en: 'a day off or holiday for the debtor', 'zh-CN': '债务人的休息日或节假日', pl: 'dzień wolny lub święto dłużnika' },
  'collector-day-off': { en: 'your day off or a holiday', 'zh-CN': '您的休息日或节假日', pl: 'Twój dzień wolny lub święto' },
  'collector-hours': { en: 'outside your calling hours', 'zh-CN': '不在您的拨打时段内', pl: 'poza Twoimi godzinami dzwonienia' },
  'weekly-cap': { en: 'already {max, plural, one {# call attempt} other {# call attempts}} in 7 days ({policy})', 'zh-CN': '7天内已拨打{max}次（{policy}）', pl: 'już {max, plural, one {# próba} few {# próby} many {# prób} other {# próby}} w ciągu 7 dni ({policy})' },
  'after-conversation': { en: 'within 7 days after a conversation about the debt ({policy})', 'zh-CN': '距上次就该债务通话不足7天（{policy}）', pl: 'w ciągu 7 dni od rozmowy o długu ({policy})' },
  'daily-unanswered-cap': { en: 'already {max, plural, one {# unanswered call} other {# unanswered calls}} today ({policy})', 'zh-CN': '今天已有{max}次未接通（{policy}）', pl: 'już {max, plural, one {# nieodebrane połączenie} few {# nieodebrane połączenia} many {# nieodebranych połączeń} other {# nieodebranego połączenia}} dziś ({policy})' },
  'inconvenient-time': { en: 'a time the debtor said is inconvenient', 'zh-CN': '债务人表示不方便的时间', pl: 'pora, którą dłużnik wskazał jako niedogodną' },
  workplace: { en: 'at work, where the debtor asked not to be called', 'zh-CN': '工作时间（债务人要求勿在工作时致电）', pl: 'w pracy, gdzie dłużnik prosił nie dzwonić' },
};

export const M = {
  age: { en: '{days, plural, one {# day} other {# days}} past due on {amount} overdue.', 'zh-CN': '逾期 {days} 天，逾期金额 {amount}。', pl: '{days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} po terminie, zaległe {amount}.' },
  notDue: { en: 'Nothing overdue; {amount} falls due on {date}.', 'zh-CN': '暂无逾期；{amount} 将于 {date} 到期。', pl: 'Nic nie jest zaległe; {amount} z terminem płatności: {date}.' },
  courtesyLater: { en: 'No call needed yet: a courtesy call comes on {date}, the day before it falls due.', 'zh-CN': '暂不需要致电：将于 {date}（到期前一天）礼貌提醒。', pl: 'Na razie bez telefonu: uprzejme przypomnienie dzień przed terminem, data: {date}.' },
  nothingOwed: { en: 'Nothing is owed.', 'zh-CN': '无欠款。', pl: 'Brak należności.' },
  collectability: {
    en: 'About {pct}% is still collectable at this age (collection-agency survey curve){adjusted}.',
    'zh-CN': '按账龄估计约 {pct}% 仍可收回（催收机构调查曲线）{adjusted}。',
    pl: 'W tym wieku długu ok. {pct}% jest jeszcze do odzyskania (krzywa z badania firm windykacyjnych){adjusted}.',
  },
  collectabilityAhead: {
    en: 'About {pct}% is still collectable at the age the payment history says it will be paid (collection-agency survey curve){adjusted}.',
    'zh-CN': '按付款记录推算的付款时账龄，约 {pct}% 仍可收回（催收机构调查曲线）{adjusted}。',
    pl: 'Ok. {pct}% jest jeszcze do odzyskania w wieku długu, w którym według historii płatności wpłynie zapłata (krzywa z badania firm windykacyjnych){adjusted}.',
  },
  adjusted: { en: ', lowered for: {why}', 'zh-CN': '，因以下情况下调：{why}', pl: ', obniżone z powodu: {why}' },
  'broken-promises': { en: '{n, plural, one {# broken promise} other {# broken promises}}', 'zh-CN': '{n} 次失信', pl: 'niedotrzymane obietnice: {n}' },
  lengthening: { en: 'payments later month by month (cash-flow trouble: be firmer, sooner)', 'zh-CN': '付款越来越晚（资金紧张：应尽早加强催收）', pl: 'płatności coraz później (kłopoty z płynnością: stanowczo i wcześnie)' },
  refused: { en: 'refused to pay', 'zh-CN': '曾拒绝付款', pl: 'odmowa zapłaty' },
  unreachable: { en: 'not reached {n, plural, one {on the last attempt} other {in the last # attempts}}', 'zh-CN': '最近 {n} 次未能联系上', pl: 'brak kontaktu {n, plural, one {w ostatniej próbie} other {w ostatnich # próbach}}' },
  'wrong-number': { en: 'wrong number on file', 'zh-CN': '电话号码有误', pl: 'błędny numer telefonu' },
  priority: {
    en: 'Priority {value}: waiting a week is expected to cost {loss}{extra}.',
    'zh-CN': '优先级 {value}：推迟一周预计损失 {loss}{extra}。',
    pl: 'Priorytet {value}: tydzień zwłoki to oczekiwana strata {loss}{extra}.',
  },
  'term-age-loss': { en: 'the debt ages', 'zh-CN': '账龄增长', pl: 'dług się starzeje' },
  'term-broken-promise': { en: 'a promise was broken', 'zh-CN': '对方未兑现承诺', pl: 'obietnica niedotrzymana' },
  'term-partial': { en: 'part was paid: ask when the rest comes', 'zh-CN': '已部分付款：马上询问余款何时到账', pl: 'wpłacono część: zapytaj, kiedy reszta' },
  'term-consequence-due': { en: 'an announced consequence is due', 'zh-CN': '已告知的后果到期', pl: 'zapowiedziana konsekwencja jest wymagalna' },
  'term-callback': { en: 'they asked to be called back', 'zh-CN': '对方要求回电', pl: 'prosili o oddzwonienie' },
  'term-due-soon': { en: 'an invoice falls due shortly (courtesy call)', 'zh-CN': '有发票即将到期（礼貌提醒）', pl: 'faktura wkrótce wymagalna (uprzejme przypomnienie)' },
  'term-dispute': { en: 'lowered: open dispute, resolve it before collecting', 'zh-CN': '下调：存在争议，先解决争议再催收', pl: 'obniżono: otwarty spór, najpierw go rozwiąż' },
  'term-recent-conversation': { en: 'lowered: spoke with them in the last two days', 'zh-CN': '下调：两天内已通话', pl: 'obniżono: rozmowa w ciągu ostatnich dwóch dni' },
  'term-promise-ahead': { en: 'lowered: their promised date has not come yet', 'zh-CN': '下调：承诺付款日尚未到', pl: 'obniżono: obiecana data jeszcze nie nadeszła' },
  'term-do-not-call': { en: 'do not call', 'zh-CN': '请勿致电', pl: 'nie dzwonić' },
  priorityNotDue: { en: 'Priority {value}: nothing is overdue yet.', 'zh-CN': '优先级 {value}：尚无逾期。', pl: 'Priorytet {value}: nic nie jest jeszcze zaległe.' },
  plus: { en: '; raised because {what}', 'zh-CN': '；上调原因：{what}', pl: '; podwyższono, bo {what}' },
  stage: { en: 'Stage {stage} ({name}): {why}.', 'zh-CN': '阶段 {stage}（{name}）：{why}。', pl: 'Etap {stage} ({name}): {why}.' },
  'stage-not-due': { en: 'nothing overdue yet', 'zh-CN': '尚无逾期', pl: 'nic jeszcze nie jest zaległe' },
  'stage-first-call': { en: 'first call about this debt', 'zh-CN': '首次就此欠款致电', pl: 'pierwsza rozmowa o tym długu' },
  'stage-conversations': { en: '{n, plural, one {# conversation} other {# conversations}} since it fell due', 'zh-CN': '到期后已通话 {n} 次', pl: 'rozmowy od terminu: {n}' },
  'stage-broken-promises': { en: 'broken promises move it on', 'zh-CN': '失信使阶段上升', pl: 'niedotrzymane obietnice podnoszą etap' },
  'stage-age': { en: 'the debt’s age', 'zh-CN': '欠款账龄', pl: 'wiek długu' },
  'stage-refused': { en: 'they refused', 'zh-CN': '对方拒绝付款', pl: 'odmówili zapłaty' },
  'stage-consequence-due': { en: 'an announced consequence is due: carry it out now', 'zh-CN': '已告知的后果到期：立即执行', pl: 'zapowiedziana konsekwencja jest wymagalna: wykonaj ją teraz' },
  'stage-plan': { en: 'held where it stood when the payment plan was agreed; each missed instalment moves it on', 'zh-CN': '保持在约定分期付款时的阶段；每逾期一期上升一级', pl: 'wstrzymano na etapie z dnia uzgodnienia planu spłaty; każda niezapłacona rata podnosi etap' },
  'stage-capped-by-settings': { en: 'held here: the next step needs a consequence your Settings do not allow', 'zh-CN': '停在此阶段：下一步所需后果未在设置中允许', pl: 'wstrzymano: kolejny krok wymaga konsekwencji niedozwolonej w Ustawieniach' },
  disputePaused: { en: 'Paused while the dispute is open: resolve it first, then collect.', 'zh-CN': '存在争议期间暂停升级：先解决争议，再催收。', pl: 'Wstrzymane na czas sporu: najpierw rozwiąż spór, potem windykuj.' },
  possibleDispute: {
    en: 'Always paid on time and now late beyond their usual spread: possible dispute — ask about a problem before asking for money.',
    'zh-CN': '一向按时付款，此次逾期超出其一贯幅度：可能存在争议——先询问是否有问题，再谈付款。',
    pl: 'Zawsze płacił w terminie, a teraz spóźnia się bardziej niż zwykle: możliwy spór — najpierw zapytaj o problem, potem o pieniądze.',
  },
  habitPunctual: { en: 'Usually pays on time.', 'zh-CN': '该客户一向按时付款。', pl: 'Zwykle płaci w terminie.' },
  habitPunctualUnusual: {
    en: 'Usually pays on time; {days, plural, one {# day} other {# days}} late is unusual: ask whether something is wrong.',
    'zh-CN': '该客户一向按时付款；此次逾期{days}天属反常：先问问是否出了什么问题。',
    pl: 'Zwykle płaci w terminie; {days, plural, one {# dzień} other {# dni}} spóźnienia to coś nietypowego: zapytaj, czy coś się stało.',
  },
  habitLate: { en: 'Usually pays about {typical, plural, one {# day} other {# days}} late.', 'zh-CN': '该客户通常晚付约{typical}天。', pl: 'Zwykle płaci z opóźnieniem około {typical, plural, one {# dnia} other {# dni}}.' },
  habitLateNormal: {
    en: 'Usually pays about {typical, plural, one {# day} other {# days}} late; {days, plural, one {# day} other {# days}} late is normal for them.',
    'zh-CN': '该客户通常晚付约{typical}天；逾期{days}天对其属正常。',
    pl: 'Zwykle płaci z opóźnieniem około {typical, plural, one {# dnia} other {# dni}}; {days, plural, one {# dzień} other {# dni}} spóźnienia to u niego norma.',
  },
  habitLateBeyond: {
    en: 'Usually pays about {typical, plural, one {# day} other {# days}} late; {days, plural, one {# day} other {# days}} late is beyond their habit.',
    'zh-CN': '该客户通常晚付约{typical}天；逾期{days}天已超出其一贯习惯。',
    pl: 'Zwykle płaci z opóźnieniem około {typical, plural, one {# dnia} other {# dni}}; {days, plural, one {# dzień} other {# dni}} spóźnienia to więcej niż zwykle.',
  },
  habitLengthening: {
    en: 'Each invoice is paid later than the one before: cash may be tight, be firmer sooner.',
    'zh-CN': '每张发票都比上一张付得更晚：资金可能紧张，应尽早加大力度。',
    pl: 'Każdą fakturę płaci później niż poprzednią: może brakować gotówki, bądź stanowczy wcześniej.',
  },
  brokenPromise: { en: 'Promised {amount} by {date} and did not pay: call the morning after and carry out what was announced.', 'zh-CN': '承诺于 {date} 前支付 {amount} 但未付：次日上午致电，并执行已告知的措施。', pl: 'Obiecał {amount} do {date} i nie zapłacił: zadzwoń następnego ranka i wykonaj zapowiedziane kroki.' },
  openPromise: { en: 'Promised {amount} by {date}: next call the morning after, if it has not arrived.', 'zh-CN': '承诺于 {date} 前支付 {amount}：如未到账，次日上午再致电。', pl: 'Obietnica {amount} do {date}: kolejny telefon rano następnego dnia, jeśli wpłata nie dotrze.' },
  planKept: {
    en: 'Payment plan agreed {date}: {kept} of {count} instalments kept; next {amount} due {due}. No call before the day after, and then only if it has not arrived.',
    'zh-CN': '{date} 约定分期付款：{count} 期中已按时支付 {kept} 期；下一期 {amount} 于 {due} 到期。此前不致电，次日如仍未到账再致电。',
    pl: 'Plan spłaty uzgodniony {date}: zapłacono {kept} z {count} rat; następna rata {amount} do {due}. Bez telefonu przed następnym dniem, a wtedy tylko gdy wpłata nie dotrze.',
  },
  planMissed: {
    en: 'Payment plan agreed {date}: the instalment of {amount} due {due} was missed ({missed} of {count} missed). Call now: ask for it today; each missed instalment moves the stage like a broken promise.',
    'zh-CN': '{date} 约定分期付款：{due} 到期的 {amount} 未付（{count} 期中 {missed} 期逾期）。立即致电，要求今天支付；每逾期一期，催收阶段如同失信一样上升一级。',
    pl: 'Plan spłaty uzgodniony {date}: rata {amount} z terminem {due} nie wpłynęła (niezapłacone {missed} z {count}). Zadzwoń teraz i poproś o wpłatę dziś; każda niezapłacona rata podnosi etap jak niedotrzymana obietnica.',
  },
  planWait: {
    en: 'Keeping a payment plan: next call {date}, the day after the next instalment, if it has not arrived.',
    'zh-CN': '正在按分期付款计划还款：下次致电在 {date}（下一期到期次日），如届时仍未到账。',
    pl: 'Spłaca zgodnie z planem: następny telefon {date}, dzień po terminie kolejnej raty, jeśli wpłata nie dotrze.',
  },
  planDone: {
    en: 'Payment plan agreed {date}: all {count} instalments kept.',
    'zh-CN': '{date} 约定分期付款：{count} 期全部按时支付。',
    pl: 'Plan spłaty uzgodniony {date}: wszystkie raty ({count}) zapłacone.',
  },
  actNow: { en: 'Act now: "{what}" was announced for {date}.', 'zh-CN': '立即执行：已告知将于 {date} {what}。', pl: 'Działaj teraz: zapowiedziano „{what}” na {date}.' },
  doNotCall: { en: 'Marked do-not-call: no call is planned.', 'zh-CN': '标记为请勿致电：不安排通话。', pl: 'Oznaczono „nie dzwonić”: nie planujemy rozmowy.' },
  slotAt: { en: 'Next call {collector} your time ({debtor} {zone} for the debtor): {why}.', 'zh-CN': '下次致电：您的时间 {collector}（债务人当地 {debtor}，{zone}）：{why}。', pl: 'Następny telefon {collector} Twojego czasu ({debtor} {zone} u dłużnika): {why}.' },
  noSlot: { en: 'No allowed call time in the next {days} days: {why}.', 'zh-CN': '未来 {days} 天内没有允许的拨打时间：{why}。', pl: 'Brak dozwolonej pory w ciągu {days} dni: {why}.' },
  'note-first-minutes': { en: 'the first 15 minutes of their working day', 'zh-CN': '对方上班后的前15分钟', pl: 'pierwsze 15 minut ich dnia pracy' },
  'note-morning': { en: 'a morning slot', 'zh-CN': '上午时段', pl: 'pora przedpołudniowa' },
  'note-afternoon': { en: 'an afternoon slot (no allowed morning slot first)', 'zh-CN': '下午时段（此前没有可用的上午时段）', pl: 'pora popołudniowa (wcześniej brak dozwolonej pory przedpołudniowej)' },
  'note-good-weekday': { en: '{weekday} is a good day to call', 'zh-CN': '{weekday}是适合催收的日子', pl: '{weekday} to dobry dzień na telefon' },
  'note-payday': { en: 'in the three days before their income day ({payday}.)', 'zh-CN': '在对方进账日（{payday}日）前三天内', pl: 'w trzech dniach przed ich dniem wpływów ({payday}.)' },
  'note-callback': { en: 'the time they asked to be called back', 'zh-CN': '对方要求的回电时间', pl: 'pora, o którą prosili' },
  'note-urgent': { en: 'a follow-up that should not wait', 'zh-CN': '需尽快跟进', pl: 'sprawa, która nie może czekać' },
  'note-not-before': { en: 'not before {date}', 'zh-CN': '不早于 {date}', pl: 'nie wcześniej niż {date}' },
  'note-learned-own': { en: 'reached {reached} of {attempts} times on {weekday} {part}', 'zh-CN': '{weekday}{part}打过 {attempts} 次，接通 {reached} 次', pl: 'o tej porze ({weekday}, {part}) odebrał {reached} z {attempts, plural, one {# połączenia} other {# połączeń}}' },
  'note-learned-all': { en: 'debtors overall answer more on {weekday} {part} ({reached} of {attempts})', 'zh-CN': '总体来看，{weekday}{part}接通率更高（{attempts} 次接通 {reached} 次）', pl: 'dłużnicy ogólnie częściej odbierają o tej porze ({weekday}, {part}): {reached} z {attempts}' },
  unknownCustomer: { en: 'Call log row {row}: "{customer}" is not on the aging sheet; the call was not matched to any debtor.', 'zh-CN': '通话记录第{row}行："{customer}"不在账龄表中，未匹配到任何债务人。', pl: 'Dziennik, wiersz {row}: „{customer}” nie występuje w zestawieniu; rozmowy nie przypisano.' },
  mixedCurrency: { en: '{customer} has lines in {currencies}; only {used} lines are totalled. Split the customer per currency.', 'zh-CN': '{customer} 的明细含多种币种（{currencies}），仅汇总 {used} 的明细。请按币种拆分客户。', pl: '{customer} ma pozycje w walutach {currencies}; zsumowano tylko {used}. Rozdziel kontrahenta według waluty.' },
  queueCapped: { en: 'Today’s queue holds the {n} most valuable calls (daily capacity).', 'zh-CN': '今日队列仅含最有价值的 {n} 通电话（每日上限）。', pl: 'Dzisiejsza kolejka zawiera {n} najcenniejszych rozmów (dzienny limit).' },
} as const satisfies Record<string, Texts>;

/** Where each calling policy comes from, as the desk names it in a reason. */
export const POLICY_SOURCES: Readonly<Record<PolicyName, Texts>> = {
  b2b: { en: 'business-to-business practice', 'zh-CN': '企业间催收惯例', pl: 'praktyka w obrocie między firmami' },
  'us-consumer': { en: 'Regulation F, 12 CFR 1006.6 and 1006.14', 'zh-CN': '美国 Regulation F（12 CFR 1006.6、1006.14）', pl: 'Regulation F (USA), 12 CFR 1006.6 i 1006.14' },
  'cn-consumer': { en: 'China Banking Association collection guideline (2026)', 'zh-CN': '中国银行业协会催收指引（2026）', pl: 'wytyczne windykacyjne Chińskiego Związku Banków (2026)' },
};

export const WEEKDAYS: readonly Texts[] = [
  { en: 'Monday', 'zh-CN': '周一', pl: 'poniedziałek' },
  { en: 'Tuesday', 'zh-CN': '周二', pl: 'wtorek' },
  { en: 'Wednesday', 'zh-CN': '周三', pl: 'środa' },
  { en: 'Thursday', 'zh-CN': '周四', pl: 'czwartek' },
  { en: 'Friday', 'zh-CN': '周五', pl: 'piątek' },
  { en: 'Saturday', 'zh-CN': '周六', pl: 'sobota' },
  { en: 'Sunday', 'zh-CN': '周日', pl: 'niedziela' },
];

export const DAY_PARTS: readonly Texts[] = [
  { en: 'mornings', 'zh-CN': '上午', pl: 'rano' },
  { en: 'afternoons', 'zh-CN': '下午', pl: 'po południu' },
  { en: 'evenings', 'zh-CN': '晚上', pl: 'wieczorem' },
];
