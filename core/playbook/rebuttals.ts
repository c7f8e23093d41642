import type { Texts } from '../i18n/texts';
import type { Language } from '../model/cell';
import { B2B_ONLY_REBUTTALS } from './consumer-conduct';
import { rank } from './find-rebuttal';
import { KEYWORD_SYNONYMS, REBUTTAL_KEYWORDS } from './rebuttal-keywords';

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
  'cease-request',
  'not-our-debt',
  'approval-in-progress',
  'stop-supply-hostage',
  'no-details-to-hand',
  'statement-mismatch',
  'retention',
  'set-off',
  'bank-acceptance-bill',
  'blame-collector',
] as const;
export type RebuttalId = (typeof REBUTTAL_IDS)[number];

const ENTRIES: readonly Omit<Rebuttal, 'keywords'>[] = [
  {
    id: 'cheque-in-post',
    title: { en: 'The cheque is in the post', 'zh-CN': '支票已经寄出', pl: 'Czek jest już w drodze' },
    answer: {
      en: 'Thank you. So I can match it when it arrives, which cheque number is it, for how much, and on what day did it go out?',
      'zh-CN': '好的，谢谢。为了到了能对上，麻烦告诉我支票号码、金额，还有是哪天寄的？快递的话把单号也给我一下。',
      pl: 'Dziękuję. Żeby od razu go rozpoznać, kiedy przyjdzie: jaki jest numer czeku, na jaką kwotę i którego dnia został wysłany?',
    },
    followUp: {
      en: 'If it has not reached us by {deadline}, may I call you that morning so you can stop it and pay by transfer instead?',
      'zh-CN': '要是{deadline}前还没收到，我那天上午给您打电话，您把支票止付、改成转账，行吗？',
      pl: 'Jeśli do {deadline} do nas nie dotrze, zadzwonię tego dnia rano: {pan:zablokuje Pan czek i zapłaci|zablokuje Pani czek i zapłaci|zablokują Państwo czek i zapłacą} wtedy przelewem, dobrze?',
    },
  },
  {
    id: 'cash-flow',
    title: { en: 'Cash-flow trouble', 'zh-CN': '资金周转困难', pl: 'Kłopoty z płynnością' },
    answer: {
      en: 'I understand, times are hard for many firms. The full {overdue} is due, though: can you find it by {deadline}? If that is truly impossible, how much can you transfer today, and on which dates will the rest follow?',
      'zh-CN': '理解，现在大家资金都紧。不过到期的是全部 {overdue}，{deadline}前能凑齐吗？实在凑不齐的话，今天先转多少？剩下的分别哪天付？',
      pl: 'Rozumiem, teraz wielu firmom jest ciężko. Wymagalne jest jednak całe {overdue}: czy da się je zebrać do {deadline}? Jeśli to naprawdę niemożliwe: ile może wpłynąć dziś i w jakich dniach reszta?',
    },
    followUp: {
      en: 'Can the first payment go out today? And will you call me on the day of each instalment to confirm it has gone?',
      'zh-CN': '第一笔今天能转吗？以后每期付款当天，麻烦把回单拍照微信发我一下，有变化提前打电话告诉我。',
      pl: 'Czy pierwsza wpłata może wyjść dziś? I {pan:czy zadzwoni Pan|czy zadzwoni Pani|czy zadzwonią Państwo} w dniu każdej raty z potwierdzeniem, że przelew wyszedł?',
    },
  },
  {
    id: 'no-invoice-copy',
    title: { en: 'No copy of the invoice', 'zh-CN': '没有收到发票', pl: 'Nie mamy faktury' },
    answer: {
      en: 'I will email a copy while we are on the phone. Which address should it go to? It is invoice {invoices}, {overdue} in total.',
      'zh-CN': '我现在就把发票发到您邮箱，或者直接微信发您也行，您看发哪儿？是这几张：{invoices}，一共 {overdue}。',
      pl: 'Wyślę kopię mailem jeszcze w trakcie rozmowy. Na jaki adres? Chodzi o fakturę {invoices}, razem {overdue}.',
    },
    followUp: {
      en: 'Has it arrived? Good. Can you approve it and pay it today?',
      'zh-CN': '收到了吧？好的，那今天能走审批把款付了吗？',
      pl: 'Doszła? Świetnie. {pan:Czy może ją Pan|Czy może ją Pani|Czy mogą ją Państwo} dziś zatwierdzić i opłacić?',
    },
  },
  {
    id: 'already-paid',
    title: { en: 'We already paid', 'zh-CN': '我们已经付过了', pl: 'Już zapłaciliśmy' },
    answer: {
      en: 'Thank you, let me find it. What date did it go out, for what amount, from which account, and what reference did you use?',
      'zh-CN': '好的，谢谢，我这就查。是哪天付的？金额多少？从哪个账户转的？附言写的什么？',
      pl: 'Dziękuję, sprawdzę to. Którego dnia poszedł przelew, na jaką kwotę, z jakiego konta i z jakim tytułem?',
    },
    followUp: {
      en: 'Could you email me the bank confirmation? If I cannot find the payment by tomorrow, I will call you back tomorrow at 10:00.',
      'zh-CN': '方便的话，把银行回单拍张照片微信发我，我让财务马上对。要是明天还查不到，我明天上午10点给您回电话。',
      pl: 'Proszę przesłać mi mailem potwierdzenie przelewu. Jeśli do jutra go nie znajdę, oddzwonię jutro o 10:00.',
    },
  },
  {
    id: 'dispute',
    title: { en: 'Complaint about the goods or service', 'zh-CN': '对货物或服务有异议', pl: 'Reklamacja towaru lub usługi' },
    answer: {
      en: 'I am sorry to hear that. Tell me exactly what is wrong, on which invoice and which items, so I can have it put right quickly.',
      'zh-CN': '真不好意思，给您添麻烦了。您具体说一下，是哪张发票、哪些货、什么问题？我马上安排人处理。',
      pl: 'Przykro mi, że tak wyszło. Proszę powiedzieć dokładnie, co jest nie tak, na której fakturze i których pozycji, to szybko się tym zajmiemy.',
    },
    followUp: {
      en: 'The rest of the invoice is not in question: can you pay that part today while we sort out the disputed items?',
      'zh-CN': '有问题的那部分我们来处理；没问题的部分今天能先付吗？',
      pl: 'Reszta faktury nie jest sporna: {pan:czy zapłaci Pan|czy zapłaci Pani|czy zapłacą Państwo} tę część dziś, a sporne pozycje wyjaśnimy osobno?',
    },
  },
  {
    id: 'not-decision-maker',
    title: { en: 'Not the person who decides', 'zh-CN': '“我做不了主”', pl: 'To nie ja decyduję' },
    answer: {
      en: 'Thank you for telling me. Who approves payments there, and what is the best number to reach them on directly?',
      'zh-CN': '好的，谢谢。那你们那边付款是谁批的？他电话多少，我直接找他。',
      pl: 'Dziękuję. Kto u Państwa zatwierdza płatności i pod jakim numerem najlepiej go złapać bezpośrednio?',
    },
    followUp: {
      en: 'Will you pass on that {overdue} is overdue and ask them to call me by tomorrow noon?',
      'zh-CN': '麻烦您跟他说一声，有 {overdue} 已经逾期了，请他明天中午前给我回个电话，好吗？',
      pl: '{pan:Czy przekaże Pan|Czy przekaże Pani|Czy przekażą Państwo}, że zaległe jest {overdue}, i {pan:poprosi|poprosi|poproszą} o telefon do mnie do jutra do południa?',
    },
  },
  {
    id: 'call-back-later',
    title: { en: 'Call back later', 'zh-CN': '晚点再打', pl: 'Proszę zadzwonić później' },
    answer: {
      en: 'Of course. I only need two minutes: it is about {overdue} overdue. Is now really impossible, or shall we fix an exact time?',
      'zh-CN': '好的，就占您两分钟，是 {overdue} 逾期款的事。现在确实不方便的话，咱们约个具体时间？',
      pl: 'Oczywiście. Potrzebuję dwóch minut: chodzi o zaległe {overdue}. Jeśli teraz naprawdę nie można, umówmy dokładną godzinę.',
    },
    followUp: {
      en: 'Shall I call you today at 15:00, or tomorrow at 9:30?',
      'zh-CN': '我今天下午3点打给您，还是明天上午9点半？',
      pl: 'Zadzwonić dziś o 15:00 czy jutro o 9:30?',
    },
  },
  {
    id: 'decision-maker-away',
    title: { en: 'The decision maker is away', 'zh-CN': '负责人不在', pl: 'Osoby decyzyjnej nie ma' },
    answer: {
      en: 'When are they back? And who signs payments while they are away?',
      'zh-CN': '他哪天回来？他不在的这几天，付款谁来签字？',
      pl: 'Kiedy wraca? Kto podpisuje płatności pod jego nieobecność?',
    },
    followUp: {
      en: 'Could you put me through to that person now, or shall I call on the morning of their return?',
      'zh-CN': '能帮我转给代他签字的人吗？不行的话，我在他回来那天上午再打。',
      pl: '{pan:Czy może mnie Pan|Czy może mnie Pani|Czy mogą mnie Państwo} teraz połączyć z zastępcą, czy zadzwonić rano w dniu powrotu?',
    },
  },
  {
    id: 'angry-caller',
    title: { en: 'Angry or abusive', 'zh-CN': '对方发火、骂人', pl: 'Zdenerwowany lub obraźliwy' },
    answer: {
      en: 'Stay calm, speak lower and slower. Say: “I can hear you are upset, and I want to sort this out. I can’t help while we are shouting.” If it goes on, offer a choice: I call back at a set time, or they speak with our lawyer or with my manager.',
      'zh-CN': '保持冷静，声音放低、语速放慢。可以说：“我理解您现在很生气，我也想把这事解决好。不过这样吵下去，我没法帮您。”如果对方还在骂，给他两个选择：约个时间我再打过来；或者请他跟我们的律师谈，或者跟我们经理谈。',
      pl: 'Zachowaj spokój, mów ciszej i wolniej. Powiedz: „{pan:Rozumiem, że jest Pan zdenerwowany|Rozumiem, że jest Pani zdenerwowana|Rozumiem, że to Państwa zdenerwowało}, i chcę to wyjaśnić. Ale gdy na siebie krzyczymy, nie mogę pomóc”. Jeśli to nie pomaga, daj wybór: telefon o ustalonej godzinie albo rozmowa z naszym prawnikiem lub z moim przełożonym.',
    },
    followUp: {
      en: 'Shall I call you back tomorrow at 10:00, when we can talk it through calmly?',
      'zh-CN': '那我明天上午10点再给您打过来，咱们心平气和地谈，好吗？',
      pl: 'Czy mogę oddzwonić jutro o 10:00, żebyśmy spokojnie to omówili?',
    },
  },
  {
    id: 'next-order',
    title: { en: '“Let’s talk about the next order”', 'zh-CN': '“先谈下一笔订单”', pl: '„Porozmawiajmy o następnym zamówieniu”' },
    answer: {
      en: 'We would like to keep working with you. Let us close this invoice first, then I will put you through to sales straight away.',
      'zh-CN': '我们也想接着合作。先把这笔款结了，我马上让销售跟您谈新订单。',
      pl: 'Chętnie dalej współpracujemy. Zamknijmy najpierw tę fakturę, a od razu {pan:połączę Pana|połączę Panią|połączę Państwa} z działem sprzedaży.',
    },
    followUp: {
      en: 'Can you pay the {overdue} today so the new order can go ahead?',
      'zh-CN': '今天能把 {overdue} 付清吗？这样新订单就能顺利推进。',
      pl: '{pan:Czy zapłaci Pan|Czy zapłaci Pani|Czy zapłacą Państwo} dziś {overdue}, żeby nowe zamówienie mogło ruszyć?',
    },
  },
  {
    id: 'small-partial',
    title: { en: 'Offers a small partial payment', 'zh-CN': '只愿意付一小部分', pl: 'Proponuje małą wpłatę częściową' },
    answer: {
      en: 'Thank you, every payment helps. The full {overdue} is due, though: what stops you from paying it all today?',
      'zh-CN': '谢谢，能先付一部分也好。不过到期的是全部 {overdue}，今天全部付清有什么难处吗？',
      pl: 'Dziękuję, każda wpłata pomaga. Wymagalne jest jednak całe {overdue}: co przeszkadza zapłacić całość dziś?',
    },
    followUp: {
      en: 'If part is truly all you can do: that amount today, and on which date will the rest follow?',
      'zh-CN': '如果确实只能先付一部分：这部分今天转，剩下的哪天付清？',
      pl: 'Jeśli naprawdę tylko część: ta kwota dziś, a którego dnia reszta?',
    },
  },
  {
    id: 'waiting-for-customers',
    title: { en: 'Waiting for their own customers to pay', 'zh-CN': '在等他们的客户回款', pl: 'Czekają na zapłatę od swoich klientów' },
    answer: {
      en: 'I understand. Our terms do not depend on your customers, though. Which payment are you waiting for, and when is it due to you?',
      'zh-CN': '理解。不过我们的账期跟您客户付不付款没关系。您在等哪笔回款？大概哪天到？',
      pl: 'Rozumiem. Nasze warunki nie zależą jednak od Państwa klientów. Na którą wpłatę {pan:Pan czeka|Pani czeka|Państwo czekają} i kiedy ma wpłynąć?',
    },
    followUp: {
      en: 'Will you pay us on that day, and can part of it come today from what you have already received?',
      'zh-CN': '那笔钱到了当天就付给我们，行吗？已经回来的款里，今天能先付一部分吗？',
      pl: '{pan:Czy zapłaci nam Pan|Czy zapłaci nam Pani|Czy zapłacą nam Państwo} tego samego dnia? I czy część może wpłynąć już dziś, z tego, co już przyszło?',
    },
  },
  {
    id: 'put-in-writing',
    title: { en: 'Asks to put it in writing', 'zh-CN': '要求书面说明', pl: 'Prosi o pismo' },
    answer: {
      en: 'Certainly, I will email a statement today. While we are speaking: is there anything in it you already know you cannot approve?',
      'zh-CN': '没问题，我今天就把对账单发您邮箱。趁现在电话里先问一下：里面有没有哪笔您知道是确认不了的？',
      pl: 'Oczywiście, jeszcze dziś wyślę zestawienie mailem. Skoro rozmawiamy: czy jest w nim coś, czego {pan:Pan na pewno nie zatwierdzi|Pani na pewno nie zatwierdzi|Państwo na pewno nie zatwierdzą}?',
    },
    followUp: {
      en: 'When it arrives, will you pay it by {deadline}? I will call you that morning to confirm.',
      'zh-CN': '收到后{deadline}前能付吗？我那天上午再给您打电话确认。',
      pl: '{pan:Czy zapłaci Pan|Czy zapłaci Pani|Czy zapłacą Państwo} do {deadline}? Zadzwonię tego dnia rano, żeby to potwierdzić.',
    },
  },
  {
    id: 'insolvency-or-lawyer',
    title: { en: 'Mentions insolvency or a lawyer', 'zh-CN': '提到破产或律师', pl: 'Wspomina o upadłości lub prawniku' },
    answer: {
      en: 'Thank you for telling me. Please give me the name and number of your lawyer or administrator, and any case number, so we deal with them from now on.',
      'zh-CN': '好的，谢谢告诉我。麻烦给我律师或者管理人的姓名、电话，还有案号，以后我们直接找他们。',
      pl: 'Dziękuję za informację. Proszę podać nazwisko i telefon prawnika lub zarządcy oraz sygnaturę sprawy, żebyśmy odtąd kontaktowali się z nim.',
    },
    followUp: {
      en: 'Note it, end the call politely and hand the account to your manager today: no further collection call until they decide.',
      'zh-CN': '记下来，客气地结束通话，今天就把这个账户交给主管；主管定下来之前，不再打催款电话。',
      pl: 'Zanotuj to, grzecznie zakończ rozmowę i jeszcze dziś przekaż sprawę przełożonemu: bez kolejnych telefonów windykacyjnych do jego decyzji.',
    },
  },
  {
    id: 'payment-run',
    title: { en: 'It will go in the next payment run', 'zh-CN': '下次统一付款时再付', pl: 'Pójdzie w najbliższym przelewie zbiorczym' },
    answer: {
      en: 'Good. On what date is the next run, and is this invoice already approved for it?',
      'zh-CN': '好的。下次统一付款是哪天？这张发票已经排进去了吗？',
      pl: 'Dobrze. Którego dnia jest najbliższy przelew zbiorczy i czy ta faktura jest już w nim zatwierdzona?',
    },
    followUp: {
      en: 'I will note that date. Will you call me on that day if it is held back for any reason?',
      'zh-CN': '我记下这个日子。到时候要是有什么原因没付出来，您当天给我打个电话，行吗？',
      pl: 'Zapiszę tę datę. {pan:Czy zadzwoni Pan|Czy zadzwoni Pani|Czy zadzwonią Państwo} do mnie tego dnia, gdyby z jakiegoś powodu płatność została wstrzymana?',
    },
  },
  {
    id: 'bank-details',
    title: { en: 'Not sure of our bank details', 'zh-CN': '不确定收款账户', pl: 'Nie mają naszego numeru konta' },
    answer: {
      en: 'I will email our bank details now, on headed paper, so you can check them. Please always check changes by phone with us.',
      'zh-CN': '我现在把盖了公章的收款账户信息发您邮箱，您核对一下。以后谁说账户变了，一定先打电话跟我们确认。',
      pl: 'Wyślę teraz mailem nasze dane do przelewu na papierze firmowym. Każdą zmianę numeru konta proszę potwierdzać z nami telefonicznie.',
    },
    followUp: {
      en: 'Once you have them, can the transfer go out today?',
      'zh-CN': '收到后今天能安排转账吗？',
      pl: 'Czy po otrzymaniu danych przelew może wyjść dziś?',
    },
  },
  {
    id: 'cease-request',
    title: { en: 'Stop calling me', 'zh-CN': '别再给我打电话', pl: 'Proszę więcej nie dzwonić' },
    answer: {
      en: 'I hear you, and I will note it. I am only calling because {overdue} is still open. If we agree now how and when it will be paid, there is no reason for another call: shall we do that?',
      'zh-CN': '明白，我记下了。我打电话只是因为还有 {overdue} 没结清。咱们现在把怎么付、哪天付定下来，就不用再打电话了，您看行吗？',
      pl: '{pan:Rozumiem Pana|Rozumiem Panią|Rozumiem Państwa} i zanotuję to. Dzwonię tylko dlatego, że wciąż otwarte jest {overdue}. Jeśli teraz ustalimy, kiedy i jak nastąpi zapłata, kolejne telefony nie będą potrzebne. Możemy to teraz ustalić?',
    },
    followUp: {
      en: 'If they still want no calls: say you will write from now on, mark the call “do not call” in the log, and tell your manager today.',
      'zh-CN': '如果对方仍坚持不要再打：告诉对方今后改为书面联系，在通话记录里标注“勿再致电”，并于今天报告主管。',
      pl: 'Jeśli nadal nie chce telefonów: powiedz, że odtąd kontakt będzie pisemny, oznacz rozmowę w rejestrze jako „nie dzwonić” i jeszcze dziś zgłoś to przełożonemu.',
    },
  },
  {
    id: 'not-our-debt',
    title: { en: 'Not our debt, wrong person', 'zh-CN': '不是我们欠的／找错人了', pl: 'To nie nasz dług, pomyłka' },
    answer: {
      en: 'Let me make sure I have the right firm. I have {name}, invoice {invoices}, {overdue} in total. Who placed the order on your side, or whom should I speak to instead?',
      'zh-CN': '我核对一下，免得搞错：我这边是{name}，发票 {invoices}，一共 {overdue}。当时是哪位下的单？或者这件事我应该找谁？',
      pl: 'Sprawdźmy, czy to właściwa firma: mam tu {name}, fakturę {invoices}, razem {overdue}. Kto u Państwa składał zamówienie, albo z kim w takim razie rozmawiać?',
    },
    followUp: {
      en: 'If the details are right, I will email the order and the signed delivery note today: will you check them and call me back by {deadline}?',
      'zh-CN': '如果信息没错，我今天把订单和签收单发给您，您核对后{deadline}前给我回个电话，好吗？',
      pl: 'Jeśli dane się zgadzają, jeszcze dziś wyślę mailem zamówienie i potwierdzenie odbioru: {pan:czy sprawdzi je Pan i oddzwoni|czy sprawdzi je Pani i oddzwoni|czy sprawdzą je Państwo i oddzwonią} do {deadline}?',
    },
  },
  {
    id: 'approval-in-progress',
    title: { en: 'Waiting for sign-off', 'zh-CN': '在走审批流程', pl: 'Faktura czeka na akceptację' },
    answer: {
      en: 'Thank you. Where is it in the process now: who has it to sign, and on what day will they sign?',
      'zh-CN': '好的。现在流程走到哪一步了？在谁那里等签字？哪天能签下来？',
      pl: 'Dziękuję. Na jakim etapie jest teraz: kto ma ją podpisać i którego dnia to nastąpi?',
    },
    followUp: {
      en: 'Once it is signed, will the transfer go out the same day? I will call you by {deadline} to check it has.',
      'zh-CN': '签完当天就能转账吗？我{deadline}前给您打电话确认一下。',
      pl: 'Czy po podpisie przelew wyjdzie tego samego dnia? Zadzwonię do {deadline}, żeby to potwierdzić.',
    },
  },
  {
    id: 'stop-supply-hostage',
    title: { en: '“Stop supplying and we won’t pay”', 'zh-CN': '“你们停货，我们就不付款”', pl: '„Jak wstrzymacie dostawy, nie zapłacimy”' },
    answer: {
      en: 'We want to keep supplying you, and paying what is overdue is what keeps deliveries going. The invoices for goods you already have are not part of the next order: can you pay the {overdue} today?',
      'zh-CN': '我们也想接着给您供货，但得先把逾期的款结了，货才好接着发。已经到手的货款跟下一批货是两回事，今天能把 {overdue} 付了吗？',
      pl: 'Chcemy dalej Państwu dostarczać, a właśnie zapłata zaległości pozwoli utrzymać dostawy. Faktury za towar, który już {pan:Pan ma|Pani ma|Państwo mają}, nie są częścią kolejnego zamówienia: czy da się dziś zapłacić {overdue}?',
    },
    followUp: {
      en: 'If it is paid by {deadline}, the next delivery goes out as planned. Shall I note that date?',
      'zh-CN': '只要{deadline}前付清，下一批货照常发。我就记这个日期，可以吗？',
      pl: 'Jeśli zapłata wpłynie do {deadline}, kolejna dostawa wyjedzie zgodnie z planem. Zapisać ten termin?',
    },
  },
  {
    id: 'no-details-to-hand',
    title: { en: '“I don’t have the file in front of me”', 'zh-CN': '资料不在手边', pl: '„Nie mam dokumentów przed sobą”' },
    answer: {
      en: 'No problem, I have it here: invoice {invoices}, {overdue} in total. Is there anything in that you need to check before it can be paid?',
      'zh-CN': '没关系，我这边都有：发票 {invoices}，一共 {overdue}。这里面有没有哪项需要您核对了才能付？',
      pl: 'Nic nie szkodzi, mam wszystko przed sobą: faktura {invoices}, razem {overdue}. Czy jest tu coś, co trzeba sprawdzić przed zapłatą?',
    },
    followUp: {
      en: 'I will email the list now. When will you be at your desk today: shall I call you then, at a set time?',
      'zh-CN': '我现在就把明细发给您。您今天几点回到办公室？我到时候再打给您，定个具体时间吧？',
      pl: 'Wyślę zestawienie mailem od razu. O której {pan:będzie Pan|będzie Pani|będą Państwo} dziś przy biurku? Zadzwonię wtedy, umówmy konkretną godzinę.',
    },
  },
  {
    id: 'statement-mismatch',
    title: { en: 'Our balance does not match', 'zh-CN': '对账不符', pl: 'Saldo się nie zgadza' },
    answer: {
      en: 'Let us find the difference together. Which invoices and payments do you have? I have {invoices}, {overdue} overdue in total.',
      'zh-CN': '咱们一起把差额找出来。您那边账上是哪几张发票、哪几笔付款？我这边是 {invoices}，逾期合计 {overdue}。',
      pl: 'Znajdźmy razem różnicę. Jakie faktury i wpłaty {pan:widzi Pan|widzi Pani|widzą Państwo} u siebie? U nas jest {invoices}, razem zaległe {overdue}.',
    },
    followUp: {
      en: 'The part we both agree on is not in question: can you pay that today, while I send a statement of the rest?',
      'zh-CN': '双方都对得上的部分没有争议，今天能先付吗？对不上的部分我把对账单发给您再核。',
      pl: 'Część, co do której się zgadzamy, nie budzi wątpliwości: czy może wpłynąć dziś, a resztę uzgodnimy na podstawie zestawienia, które zaraz wyślę?',
    },
  },
  {
    id: 'retention',
    title: { en: 'It is retention money', 'zh-CN': '这是质保金', pl: 'To kaucja gwarancyjna' },
    answer: {
      en: 'Let us separate the two: how much are you holding as retention, under which clause, and on what date is it released? The rest of the {overdue} is not retention.',
      'zh-CN': '咱们分开算：质保金扣了多少？合同哪一条约定的？哪天到期？除去质保金，{overdue} 里其余的部分已经到期了。',
      pl: 'Rozdzielmy to: ile wynosi zatrzymana kaucja, na podstawie którego zapisu umowy i kiedy mija termin jej zwrotu? Reszta z {overdue} kaucją nie jest.',
    },
    followUp: {
      en: 'Can the part that is not retention be paid today? I will note the release date of the retention and call you on that day.',
      'zh-CN': '不属于质保金的部分今天能付吗？质保金到期那天我记下来，到时再给您打电话。',
      pl: 'Czy część, która nie jest kaucją, może wpłynąć dziś? Zapiszę termin zwrotu kaucji i zadzwonię w tym dniu.',
    },
  },
  {
    id: 'set-off',
    title: { en: '“We deduct what you owe us”', 'zh-CN': '“扣掉你们欠我们的”', pl: '„Potrącimy to, co jesteście nam winni”' },
    answer: {
      en: 'A set-off needs both sides to agree the amount. Which invoice or credit of yours is it, and for how much? Until we agree it, the full {overdue} stays due.',
      'zh-CN': '抵扣要双方核对一致才行。是哪张发票或哪笔款？金额多少？在双方确认之前，{overdue} 还是要全额支付。',
      pl: 'Kompensata wymaga uzgodnienia kwoty przez obie strony. Której faktury lub należności dotyczy i na jaką kwotę? Dopóki jej nie uzgodnimy, wymagalne jest całe {overdue}.',
    },
    followUp: {
      en: 'Please email me the document today; I will have it checked by {deadline}. Can the difference be paid now?',
      'zh-CN': '请今天把单据发给我，我{deadline}前核完给您答复。差额部分现在能先付吗？',
      pl: 'Proszę jeszcze dziś przesłać mi ten dokument mailem, sprawdzimy go do {deadline}. Czy różnica może wpłynąć już teraz?',
    },
  },
  {
    id: 'bank-acceptance-bill',
    title: { en: 'Wants to pay by bank acceptance bill', 'zh-CN': '要用承兑汇票付款', pl: 'Chce zapłacić wekslem' },
    answer: {
      en: 'Our terms are payment by bank transfer. A bill that matures months from now is not payment today: can you transfer the {overdue} instead?',
      'zh-CN': '我们合同约定的是银行转账。几个月后才到期的承兑不等于今天付款，这笔 {overdue} 能改成转账吗？',
      pl: 'Nasze warunki to zapłata przelewem. Weksel płatny za kilka miesięcy to nie zapłata dziś: czy {overdue} może przyjść przelewem?',
    },
    followUp: {
      en: 'If a bill is the only way, I must ask my manager first: what amount, which bank, and what maturity date would it be?',
      'zh-CN': '如果只能开承兑，我得先请示主管：金额多少？哪家银行的？到期日是哪天？',
      pl: 'Jeśli weksel to jedyna możliwość, muszę to najpierw uzgodnić z przełożonym: na jaką kwotę, jaki bank i jaki termin płatności?',
    },
  },
  {
    id: 'blame-collector',
    title: { en: 'Attacks the caller or the service', 'zh-CN': '指责催款人或服务', pl: 'Atakuje dzwoniącego lub obsługę' },
    answer: {
      en: 'I understand why that annoys you, and I will pass it on to the right person today. It does not change the {overdue} that is due: can we agree now when it will be paid?',
      'zh-CN': '您有意见我理解，我今天就把情况反映给相关负责人。不过这不影响到期的 {overdue}，咱们先把付款时间定下来，好吗？',
      pl: 'Rozumiem, że to {pan:Pana|Panią|Państwa} irytuje, i jeszcze dziś przekażę to właściwej osobie. Nie zmienia to jednak faktu, że {overdue} jest już wymagalne: ustalmy teraz, kiedy nastąpi zapłata.',
    },
    followUp: {
      en: 'Stay polite, do not defend yourself or argue; bring every turn back to the payment date. Shall we say by {deadline}?',
      'zh-CN': '保持礼貌，不辩解、不争执，每次都把话题拉回付款日期。那就定{deadline}前，可以吗？',
      pl: 'Zachowaj uprzejmość, nie tłumacz się i nie wdawaj w spór; każdą wymianę sprowadzaj z powrotem do terminu zapłaty. To może do {deadline}?',
    },
  },
];

/**
 * Every category, with its keywords attached. Keywords live in their own file: they are long and
 * tuned against a table of typed queries, the answers are not.
 */
export const REBUTTALS: readonly Rebuttal[] = ENTRIES.map((e) => ({ ...e, keywords: REBUTTAL_KEYWORDS[e.id] }));

/**
 * The rebuttals that match what the collector typed, best first; all of them, in playbook order,
 * when nothing is typed. Keywords of every language are searched, the desk's language a little
 * ahead (see find-rebuttal.ts for how a match is scored).
 *
 * @example
 * findRebuttals('czek', 'en')[0].id // → 'cheque-in-post'
 * findRebuttals('czekamy na pieniądze od klienta', 'pl')[0].id // → 'waiting-for-customers'
 * findRebuttals('老板出差了', 'zh-CN')[0].id // → 'decision-maker-away'
 */
export function findRebuttals(query: string, language: Language, consumer = false): Rebuttal[] {
  // A consumer's debt is discussed with the consumer alone: no answers for gatekeepers.
  const offered = consumer ? REBUTTALS.filter((r) => !B2B_ONLY_REBUTTALS.has(r.id)) : REBUTTALS;
  return rank(offered, query, language, KEYWORD_SYNONYMS);
}
