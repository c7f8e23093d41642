import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { B2B_ONLY_REBUTTALS } from './consumer-conduct';

/**
 * One kind of excuse a debtor gives, with what to answer and the question that moves the call on
 * to a commitment. Keywords are what a collector hears and types, in every language, so the
 * finder works whatever language the call is in.
 */
export interface Rebuttal {
  readonly id: RebuttalId;
  readonly title: Texts;
  readonly answer: Texts;
  readonly followUp: Texts;
  readonly keywords: Readonly<Record<Language, readonly string[]>>;
}

export const REBUTTAL_IDS = [
  'cheque-in-post',
  'cash-flow',
  'no-invoice-copy',
  'already-paid',
  'dispute',
  'not-decision-maker',
  'call-back-later',
  'decision-maker-away',
  'angry-caller',
  'next-order',
  'small-partial',
  'waiting-for-customers',
  'put-in-writing',
  'insolvency-or-lawyer',
  'payment-run',
  'bank-details',
] as const;
export type RebuttalId = (typeof REBUTTAL_IDS)[number];

export const REBUTTALS: readonly Rebuttal[] = [
  {
    id: 'cheque-in-post',
    title: { en: 'The cheque is in the post', 'zh-CN': '支票已经寄出', pl: 'Czek jest już w drodze' },
    answer: {
      en: 'Thank you. So I can match it when it arrives, which cheque number is it, for how much, and on what day did it go out?',
      'zh-CN': '谢谢。为了到账时能对上，请告诉我支票号码、金额，以及是哪天寄出的？',
      pl: 'Dziękuję. Żebym mógł go od razu rozpoznać: jaki jest numer czeku, na jaką kwotę i którego dnia został wysłany?',
    },
    followUp: {
      en: 'If it has not reached us by {deadline}, may I call you that morning so you can stop it and pay by transfer instead?',
      'zh-CN': '如果{deadline}前还没收到，我{deadline}上午给您打电话，请您止付支票改为转账，可以吗？',
      pl: 'Jeśli do {deadline} do nas nie dotrze, czy mogę wtedy zadzwonić rano, żeby go Pan zablokował i zapłacił przelewem?',
    },
    keywords: {
      en: ['cheque', 'check', 'in the post', 'in the mail', 'posted', 'sent it', 'mailed'],
      'zh-CN': ['支票', '寄出', '寄了', '邮寄', '在路上'],
      pl: ['czek', 'poczta', 'wysłany', 'wysłaliśmy', 'w drodze', 'list'],
    },
  },
  {
    id: 'cash-flow',
    title: { en: 'Cash-flow trouble', 'zh-CN': '资金周转困难', pl: 'Kłopoty z płynnością' },
    answer: {
      en: 'I understand money is tight. Let us find what you can do today: how much can you transfer now, and on which dates can the rest follow?',
      'zh-CN': '理解您资金紧张。我们看看今天能做什么：现在能先转多少？剩下的分别在哪几天付清？',
      pl: 'Rozumiem, że jest ciężko z gotówką. Ustalmy, co da się zrobić dziś: ile może Pan przelać teraz i w jakich dniach reszta?',
    },
    followUp: {
      en: 'Can you make the first payment today, and will you call me on the day of each instalment if anything changes?',
      'zh-CN': '第一笔今天能付吗？每期付款当天如有变化，您会主动打电话告诉我吗？',
      pl: 'Czy pierwszą wpłatę zrobi Pan dziś i zadzwoni do mnie w dniu każdej raty, gdyby coś się zmieniło?',
    },
    keywords: {
      en: ['cash flow', 'cash-flow', 'no money', 'tight', 'cannot afford', "can't pay", 'broke', 'funds'],
      'zh-CN': ['资金', '没钱', '周转', '困难', '紧张', '付不起'],
      pl: ['płynność', 'brak pieniędzy', 'nie mamy pieniędzy', 'ciężko', 'nie stać', 'gotówka', 'środki'],
    },
  },
  {
    id: 'no-invoice-copy',
    title: { en: 'No copy of the invoice', 'zh-CN': '没有收到发票', pl: 'Nie mamy faktury' },
    answer: {
      en: 'I will email a copy while we are on the phone. Which address should it go to? It is invoice {invoices}, {overdue} in total.',
      'zh-CN': '我现在就把发票发到您的邮箱，请问发到哪个地址？是发票 {invoices}，共计 {overdue}。',
      pl: 'Wyślę kopię mailem jeszcze w trakcie rozmowy. Na jaki adres? Chodzi o fakturę {invoices}, razem {overdue}.',
    },
    followUp: {
      en: 'Has it arrived? Good. Can you approve it and pay it today?',
      'zh-CN': '收到了吗？好的。今天能审批并付款吗？',
      pl: 'Doszła? Świetnie. Czy może ją Pan dziś zatwierdzić i opłacić?',
    },
    keywords: {
      en: ['invoice', 'copy', 'never received', 'no invoice', 'lost', 'resend', 'duplicate'],
      'zh-CN': ['发票', '没收到', '复印件', '重新发', '丢了', '找不到'],
      pl: ['faktura', 'faktury', 'kopia', 'nie dostaliśmy', 'duplikat', 'zgubiona'],
    },
  },
  {
    id: 'already-paid',
    title: { en: 'We already paid', 'zh-CN': '我们已经付过了', pl: 'Już zapłaciliśmy' },
    answer: {
      en: 'Thank you, let me find it. What date did it go out, for what amount, from which account, and what reference did you use?',
      'zh-CN': '谢谢，我来查一下。请问是哪天付的、金额多少、从哪个账户付出、备注写的是什么？',
      pl: 'Dziękuję, sprawdzę to. Którego dnia poszedł przelew, na jaką kwotę, z jakiego konta i z jakim tytułem?',
    },
    followUp: {
      en: 'If I cannot find it by tomorrow, I will call you back at 10:00: could you have the bank confirmation ready then?',
      'zh-CN': '如果明天我仍查不到，上午10点给您回电，届时能准备好银行回单吗？',
      pl: 'Jeśli do jutra go nie znajdę, oddzwonię o 10:00: czy będzie Pan miał wtedy potwierdzenie z banku?',
    },
    keywords: {
      en: ['paid', 'already paid', 'sent the money', 'transferred', 'payment went', 'settled'],
      'zh-CN': ['已付', '付过了', '已经付', '转账了', '打款了', '结清'],
      pl: ['zapłaciliśmy', 'zapłacone', 'przelew poszedł', 'przelaliśmy', 'uregulowane', 'opłacone'],
    },
  },
  {
    id: 'dispute',
    title: { en: 'Complaint about the goods or service', 'zh-CN': '对货物或服务有异议', pl: 'Reklamacja towaru lub usługi' },
    answer: {
      en: 'I am sorry to hear that. Tell me exactly what is wrong, on which invoice and which items, so I can have it put right quickly.',
      'zh-CN': '很抱歉。请具体说明是哪张发票、哪些货物、有什么问题，我马上安排处理。',
      pl: 'Przykro mi. Proszę powiedzieć dokładnie, co jest nie tak, na której fakturze i których pozycji, żebym mógł to szybko wyjaśnić.',
    },
    followUp: {
      en: 'The rest of the invoice is not in question: can you pay that part today while we sort out the disputed items?',
      'zh-CN': '发票其余部分没有争议：在处理有问题的部分期间，没问题的部分今天能先付吗？',
      pl: 'Reszta faktury nie jest sporna: czy zapłaci Pan tę część dziś, a sporne pozycje wyjaśnimy osobno?',
    },
    keywords: {
      en: ['dispute', 'complaint', 'faulty', 'damaged', 'wrong goods', 'not delivered', 'quality', 'unhappy', 'broken'],
      'zh-CN': ['争议', '质量', '投诉', '坏了', '损坏', '不满意', '没到货', '货不对'],
      pl: ['reklamacja', 'wadliwy', 'uszkodzony', 'jakość', 'niezadowolony', 'nie dostarczono', 'spór'],
    },
  },
  {
    id: 'not-decision-maker',
    title: { en: 'Not the person who decides', 'zh-CN': '我做不了主', pl: 'To nie ja decyduję' },
    answer: {
      en: 'Thank you for telling me. Who approves payments there, and what is the best number to reach them on directly?',
      'zh-CN': '谢谢告知。请问贵公司由谁审批付款？直接联系他最好用哪个电话？',
      pl: 'Dziękuję. Kto u Państwa zatwierdza płatności i pod jakim numerem najlepiej go złapać bezpośrednio?',
    },
    followUp: {
      en: 'Will you pass on that {overdue} is overdue and ask them to call me by tomorrow noon?',
      'zh-CN': '麻烦您转告他有 {overdue} 已逾期，并请他明天中午前给我回电，好吗？',
      pl: 'Czy przekaże Pan, że zaległe jest {overdue}, i poprosi o telefon do mnie do jutra do południa?',
    },
    keywords: {
      en: ['not my decision', 'not me', 'decide', 'approve', 'boss', 'manager', 'accounts department'],
      'zh-CN': ['做不了主', '不是我', '决定', '审批', '老板', '领导', '财务部'],
      pl: ['nie decyduję', 'nie ja', 'decyzja', 'zatwierdza', 'szef', 'kierownik', 'księgowość'],
    },
  },
  {
    id: 'call-back-later',
    title: { en: 'Call back later', 'zh-CN': '晚点再打', pl: 'Proszę zadzwonić później' },
    answer: {
      en: 'Of course. I only need two minutes: it is about {overdue} overdue. Is now really impossible, or shall we fix an exact time?',
      'zh-CN': '好的。我只占用您两分钟，是关于 {overdue} 逾期款的事。现在确实不方便的话，我们约个具体时间？',
      pl: 'Oczywiście. Potrzebuję dwóch minut: chodzi o zaległe {overdue}. Jeśli teraz naprawdę nie można, umówmy dokładną godzinę.',
    },
    followUp: {
      en: 'Shall I call you today at 15:00, or tomorrow at 9:30?',
      'zh-CN': '我今天下午3点打给您，还是明天上午9点半？',
      pl: 'Zadzwonić dziś o 15:00 czy jutro o 9:30?',
    },
    keywords: {
      en: ['call back', 'later', 'busy', 'in a meeting', 'not now', 'bad time'],
      'zh-CN': ['回电', '晚点', '在忙', '开会', '现在不方便', '稍后'],
      pl: ['oddzwonić', 'później', 'zajęty', 'na spotkaniu', 'nie teraz', 'zła pora'],
    },
  },
  {
    id: 'decision-maker-away',
    title: { en: 'The decision maker is away', 'zh-CN': '负责人不在', pl: 'Osoby decyzyjnej nie ma' },
    answer: {
      en: 'When is she or he back? Who signs payments while they are away?',
      'zh-CN': '他什么时候回来？他不在期间由谁签字付款？',
      pl: 'Kiedy wraca? Kto podpisuje płatności pod jego nieobecność?',
    },
    followUp: {
      en: 'Could you put me through to that person now, or shall I call on the morning of their return?',
      'zh-CN': '能现在帮我转接代理人吗？或者我在他回来当天上午再打？',
      pl: 'Czy może mnie Pan teraz połączyć z zastępcą, czy mam zadzwonić rano w dniu powrotu?',
    },
    keywords: {
      en: ['away', 'on holiday', 'vacation', 'out of office', 'travelling', 'sick', 'not in'],
      'zh-CN': ['不在', '出差', '休假', '请假', '生病', '外出'],
      pl: ['nieobecny', 'urlop', 'wyjazd', 'delegacja', 'chory', 'nie ma go'],
    },
  },
  {
    id: 'angry-caller',
    title: { en: 'Angry or abusive', 'zh-CN': '情绪激动或出言不逊', pl: 'Zdenerwowany lub obraźliwy' },
    answer: {
      en: 'Stay calm and lower your voice. Say: I can hear you are upset, and I want to sort this out with you. If the insults continue, offer to call back at a set time, or to speak with their manager or adviser.',
      'zh-CN': '保持冷静，放慢语速。可以说：“我理解您很生气，我希望和您一起解决这件事。”如对方继续辱骂，提出约定时间再打，或与其上级或顾问沟通。',
      pl: 'Zachowaj spokój i mów ciszej. Powiedz: „Słyszę, że jest Pan zdenerwowany, chcę to z Panem rozwiązać”. Jeśli obelgi trwają, zaproponuj telefon o ustalonej godzinie albo rozmowę z przełożonym lub doradcą rozmówcy.',
    },
    followUp: {
      en: 'Shall I call you back tomorrow at 10:00 when we both have more time?',
      'zh-CN': '明天上午10点我再打给您，到时我们都有时间细谈，好吗？',
      pl: 'Czy mogę oddzwonić jutro o 10:00, kiedy obaj będziemy mieli więcej czasu?',
    },
    keywords: {
      en: ['angry', 'shouting', 'abusive', 'rude', 'swearing', 'hung up', 'upset'],
      'zh-CN': ['生气', '骂人', '发火', '吼', '挂电话', '态度差'],
      pl: ['zdenerwowany', 'krzyczy', 'obraża', 'wulgarny', 'rozłączył', 'awantura'],
    },
  },
  {
    id: 'next-order',
    title: { en: '“Let’s talk about the next order”', 'zh-CN': '“先谈下一笔订单”', pl: '„Porozmawiajmy o następnym zamówieniu”' },
    answer: {
      en: 'We would like to keep working with you. Let us close this invoice first, then I will put you through to sales straight away.',
      'zh-CN': '我们也希望继续合作。先把这笔款结清，我马上帮您转给销售谈新订单。',
      pl: 'Chętnie dalej współpracujemy. Zamknijmy najpierw tę fakturę, a od razu połączę Pana z działem sprzedaży.',
    },
    followUp: {
      en: 'Can you pay the {overdue} today so the new order can go ahead?',
      'zh-CN': '今天能把 {overdue} 付清吗？这样新订单就能顺利推进。',
      pl: 'Czy zapłaci Pan dziś {overdue}, żeby nowe zamówienie mogło ruszyć?',
    },
    keywords: {
      en: ['next order', 'new order', 'more business', 'discount', 'future orders'],
      'zh-CN': ['下一笔', '新订单', '下次订货', '继续合作', '折扣'],
      pl: ['następne zamówienie', 'nowe zamówienie', 'współpraca', 'rabat', 'kolejna dostawa'],
    },
  },
  {
    id: 'small-partial',
    title: { en: 'Offers a small partial payment', 'zh-CN': '只愿意付一小部分', pl: 'Proponuje małą wpłatę częściową' },
    answer: {
      en: 'Thank you, every payment helps. The full {overdue} is due, though: what stops you from paying it all today?',
      'zh-CN': '谢谢，付一部分也很好。不过到期的是全部 {overdue}：今天全部付清有什么困难吗？',
      pl: 'Dziękuję, każda wpłata pomaga. Wymagalne jest jednak całe {overdue}: co przeszkadza zapłacić całość dziś?',
    },
    followUp: {
      en: 'If part is truly all you can do: that amount today, and on which date will the rest follow?',
      'zh-CN': '如果确实只能先付一部分：这部分今天付，剩余的哪天付清？',
      pl: 'Jeśli naprawdę tylko część: ta kwota dziś, a którego dnia reszta?',
    },
    keywords: {
      en: ['partial', 'part payment', 'some of it', 'instalment', 'installment', 'a little'],
      'zh-CN': ['部分', '先付一点', '分期', '付一半', '少付'],
      pl: ['część', 'częściowa', 'rata', 'raty', 'trochę', 'połowa'],
    },
  },
  {
    id: 'waiting-for-customers',
    title: { en: 'Waiting for their own customers to pay', 'zh-CN': '在等他们的客户回款', pl: 'Czekają na zapłatę od swoich klientów' },
    answer: {
      en: 'I understand. Our terms do not depend on your customers, though. Which payment are you waiting for, and when is it due to you?',
      'zh-CN': '我理解。不过我们的账期与您的客户无关。您在等哪笔回款？预计哪天到账？',
      pl: 'Rozumiem. Nasze warunki nie zależą jednak od Państwa klientów. Na którą wpłatę Pan czeka i kiedy ma wpłynąć?',
    },
    followUp: {
      en: 'Will you pay us on that day, and can part of it come today from what you have already received?',
      'zh-CN': '那笔款到账当天能付给我们吗？已经收到的款项中今天能先付一部分吗？',
      pl: 'Czy zapłaci Pan nam tego samego dnia i czy część może przyjść już dziś z tego, co już wpłynęło?',
    },
    keywords: {
      en: ['our customers', 'waiting for payment', 'client has not paid', 'owed to us', 'receivables'],
      'zh-CN': ['客户没付', '等回款', '回款', '我们的客户', '别人欠我们'],
      pl: ['nasi klienci', 'czekamy na pieniądze', 'klient nie zapłacił', 'nam nie zapłacili', 'wpływy'],
    },
  },
  {
    id: 'put-in-writing',
    title: { en: 'Asks to put it in writing', 'zh-CN': '要求书面说明', pl: 'Prosi o pismo' },
    answer: {
      en: 'Certainly, I will email a statement today. While we are speaking: is there anything in it you already know you cannot approve?',
      'zh-CN': '当然，我今天就把对账单发邮件给您。趁现在通话：其中有没有您已知无法确认的款项？',
      pl: 'Oczywiście, jeszcze dziś wyślę zestawienie mailem. Skoro rozmawiamy: czy jest w nim coś, czego Pan na pewno nie zatwierdzi?',
    },
    followUp: {
      en: 'When it arrives, will you pay it by {deadline}? I will call you that morning to confirm.',
      'zh-CN': '收到后{deadline}前能付款吗？我{deadline}上午打电话跟您确认。',
      pl: 'Czy po otrzymaniu zapłaci Pan do {deadline}? Zadzwonię wtedy rano, żeby potwierdzić.',
    },
    keywords: {
      en: ['in writing', 'email me', 'send a letter', 'statement', 'put it in writing'],
      'zh-CN': ['书面', '发邮件', '发函', '对账单', '写下来'],
      pl: ['na piśmie', 'mailem', 'pismo', 'zestawienie', 'wyślij'],
    },
  },
  {
    id: 'insolvency-or-lawyer',
    title: { en: 'Mentions insolvency or a lawyer', 'zh-CN': '提到破产或律师', pl: 'Wspomina o upadłości lub prawniku' },
    answer: {
      en: 'Thank you for telling me. Please give me the name and number of your lawyer or administrator, and any case number, so we deal with them from now on.',
      'zh-CN': '谢谢告知。请提供您的律师或管理人的姓名、电话及案号，今后我们直接与其联系。',
      pl: 'Dziękuję za informację. Proszę podać nazwisko i telefon prawnika lub zarządcy oraz sygnaturę sprawy, żebyśmy odtąd kontaktowali się z nim.',
    },
    followUp: {
      en: 'Note it, end the call politely and hand the account to your manager today: no further collection call until they decide.',
      'zh-CN': '记录下来，礼貌结束通话，并于今天将此账户交给主管：在主管决定前不再催收致电。',
      pl: 'Zanotuj to, grzecznie zakończ rozmowę i jeszcze dziś przekaż sprawę przełożonemu: bez kolejnych telefonów windykacyjnych do jego decyzji.',
    },
    keywords: {
      en: ['insolvency', 'bankrupt', 'bankruptcy', 'administration', 'liquidation', 'lawyer', 'solicitor', 'attorney'],
      'zh-CN': ['破产', '清算', '律师', '重整', '倒闭', '法务'],
      pl: ['upadłość', 'bankructwo', 'likwidacja', 'restrukturyzacja', 'prawnik', 'adwokat', 'radca'],
    },
  },
  {
    id: 'payment-run',
    title: { en: 'It will go in the next payment run', 'zh-CN': '下次统一付款时再付', pl: 'Pójdzie w najbliższym przelewie zbiorczym' },
    answer: {
      en: 'Good. On what date is the next run, and is this invoice already approved for it?',
      'zh-CN': '好的。下次付款是哪天？这张发票已经审批进付款计划了吗？',
      pl: 'Dobrze. Którego dnia jest najbliższy przelew zbiorczy i czy ta faktura jest już w nim zatwierdzona?',
    },
    followUp: {
      en: 'I will note that date. Will you call me on that day if it is held back for any reason?',
      'zh-CN': '我记下这个日期。如果届时因故未付，您当天会给我打电话吗？',
      pl: 'Zapiszę tę datę. Czy zadzwoni Pan do mnie tego dnia, gdyby z jakiegoś powodu została wstrzymana?',
    },
    keywords: {
      en: ['payment run', 'next run', 'end of month', 'batch', 'schedule', 'system'],
      'zh-CN': ['付款日', '月底', '统一付款', '付款计划', '排期'],
      pl: ['przelew zbiorczy', 'koniec miesiąca', 'harmonogram', 'termin płatności', 'system'],
    },
  },
  {
    id: 'bank-details',
    title: { en: 'Not sure of our bank details', 'zh-CN': '不确定收款账户', pl: 'Nie mają naszego numeru konta' },
    answer: {
      en: 'I will email our bank details now, on headed paper, so you can check them. Please always check changes by phone with us.',
      'zh-CN': '我现在把盖章的收款账户信息发邮件给您，便于核对。账户如有变更，请务必电话向我们确认。',
      pl: 'Wyślę teraz mailem nasze dane do przelewu na papierze firmowym. Każdą zmianę numeru konta proszę potwierdzać z nami telefonicznie.',
    },
    followUp: {
      en: 'Once you have them, can the transfer go out today?',
      'zh-CN': '收到后今天能安排转账吗？',
      pl: 'Gdy je Pan dostanie, czy przelew może wyjść dziś?',
    },
    keywords: {
      en: ['bank details', 'account number', 'iban', 'sort code', 'where to pay'],
      'zh-CN': ['账号', '银行账户', '收款账户', '开户行', '付到哪'],
      pl: ['numer konta', 'konto', 'iban', 'dane do przelewu', 'rachunek'],
    },
  },
];

/** Lower case, width-folded, with Polish letters kept: `Czek` and `czek` match, `Cześć` stays itself. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Also without diacritics, for collectors typing Polish on an English keyboard (`platnosc`). */
function bare(text: string): string {
  return fold(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l');
}

function score(rebuttal: Rebuttal, query: string, language: Language): number {
  const q = bare(query);
  let best = 0;
  const languages: readonly Language[] = [language, ...(['en', 'zh-CN', 'pl'] as const).filter((l) => l !== language)];
  for (const [rank, l] of languages.entries()) {
    const near = rank === 0 ? 1 : 0.9;
    for (const k of [...rebuttal.keywords[l], rebuttal.title[l]]) {
      const w = bare(k);
      if (w === q) best = Math.max(best, 4 * near);
      else if (w.startsWith(q)) best = Math.max(best, 3 * near);
      else if (w.includes(q) || (q.length >= 3 && q.includes(w))) best = Math.max(best, 2 * near);
    }
    if (bare(rebuttal.answer[l]).includes(q)) best = Math.max(best, 1 * near);
  }
  return best;
}

/**
 * The rebuttals that match what the collector typed, best first; all of them, in playbook order,
 * when nothing is typed. Keywords of every language are searched, the desk's language first.
 *
 * @example
 * findRebuttals('czek', 'en')[0].id // → 'cheque-in-post'
 * findRebuttals('支票', 'pl')[0].id // → 'cheque-in-post'
 */
export function findRebuttals(query: string, language: Language, consumer = false): Rebuttal[] {
  // A consumer's debt is discussed with the consumer alone: no answers for gatekeepers.
  const offered = consumer ? REBUTTALS.filter((r) => !B2B_ONLY_REBUTTALS.has(r.id)) : REBUTTALS;
  if (!fold(query)) return [...offered];
  return offered.map((r, i) => ({ r, i, s: score(r, query, language) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}
