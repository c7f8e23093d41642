import type { Language } from '../model/cell';
import type { Synonyms } from './find-rebuttal';
import type { RebuttalId } from './rebuttals';

/**
 * What a collector hears and types for each excuse, the way it is said on the phone. English and
 * Polish words are matched whole, inflection and one typo aside (see search-text.ts), so list each
 * word once in its common form; `#` stands for a number. Chinese is matched as runs of characters,
 * so list the phrases people say, the longer ones too: a longer match outranks a shorter one, which
 * is how `老板出差` beats `老板`. An English noun that is also a verb (`check`) is listed only with
 * what marks it as a noun (`a check`, `check number`).
 */
export const REBUTTAL_KEYWORDS: Readonly<Record<RebuttalId, Readonly<Record<Language, readonly string[]>>>> = {
  'cheque-in-post': {
    en: ['cheque', 'a check', 'the check', 'check number', 'check is in', 'check in the mail', 'in the post', 'in the mail', 'posted', 'mailed', 'sent a check', 'sent the cheque', 'put it in the post', 'check was sent', 'checks in the mail', 'cheque went out', 'on its way', 'cheque is in the post', 'sent you a cheque', 'check went out', 'mailed it', 'posted it', 'it is in the post', 'cheque number', 'dropped it in the mail', 'courier'],
    'zh-CN': ['支票', '寄出', '寄了', '寄过去', '邮寄', '在路上', '快递过去', '支票寄', '开了支票', '支票开了', '已经寄', '寄给你们', '挂号信', '快递单号', '支票已经寄', '支票在路上', '寄快递', '快递寄', '寄出去', '邮寄过去', '支票快递', '支票给你们寄', '寄过来了吗'],
    pl: ['czek', 'czeku', 'czekiem', 'poczta', 'pocztą', 'list polecony', 'wysłany czek', 'wysłaliśmy czek', 'w drodze', 'nadany', 'nadaliśmy', 'kurierem', 'numer czeku', 'czek poszedł', 'wysłany pocztą', 'czek wysłany', 'czek jest w drodze', 'nadaliśmy czek', 'wysłałem czek', 'list z czekiem', 'poszło pocztą', 'wysłane pocztą', 'kurier', 'przesyłka'],
  },
  'cash-flow': {
    en: ['cash flow', 'cashflow', 'no money', 'short on cash', 'money is tight', 'tight', 'cannot afford', "can't pay", 'cant pay', 'unable to pay', 'broke', 'funds', 'no funds', 'struggling', 'hard times', 'skint', 'strapped', 'low on cash', 'cash problems', 'bad month', 'financial difficulties', 'not enough money', 'no cash', 'tight on money', 'money problems', 'financial trouble', 'cash is tight', 'tough month', 'tough times', 'we are broke', 'out of money', 'dont have the money', 'cant afford it', 'low funds', 'short of money', 'business is slow'],
    'zh-CN': ['资金', '没钱', '周转', '周转不开', '困难', '资金紧张', '紧张', '付不起', '手头紧', '手头不宽裕', '钱不够', '缺钱', '资金链', '经营困难', '没有钱', '拿不出', '拿不出钱', '账上没钱', '现金流', '最近不景气', '生意不好', '效益不好', '钱紧', '资金紧', '没有资金', '缺资金', '周转不过来', '资金困难', '最近困难', '手头没钱', '手上没钱', '没钱付', '没钱还', '太困难了', '压力大', '拿不出来', '资金不到位', '资金没到位', '银行贷款没下来', '贷款没批', '钱还没到', '凑不齐'],
    pl: ['płynność', 'płynności', 'brak pieniędzy', 'nie mamy pieniędzy', 'nie mam pieniędzy', 'ciężko', 'nie stać', 'gotówka', 'środki', 'brak środków', 'kasa', 'nie mamy kasy', 'problemy finansowe', 'trudności finansowe', 'kiepsko z kasą', 'ciężki miesiąc', 'nie mamy z czego', 'zatory', 'kryzys', 'finansowe', 'nie mamy środków', 'brak gotówki', 'nie ma pieniędzy', 'nie mam kasy', 'nie ma kasy', 'słabo z kasą', 'ciężko z kasą', 'problemy z płynnością', 'zatory płatnicze', 'nie dajemy rady', 'nie damy rady', 'nie mamy z czego zapłacić', 'bank nie dał kredytu', 'kredyt', 'trudny okres', 'kiepsko', 'bieda', 'pusto na koncie'],
  },
  'no-invoice-copy': {
    en: ['invoice', 'copy', 'never received', 'never got', 'no invoice', 'lost', 'resend', 'send again', 'duplicate', 'missing invoice', 'didnt get the invoice', 'havent seen', 'cant find the invoice', 'which invoice', 'reissue', 'no copy', 'dont have the invoice', 'where is the invoice', 'send the invoice', 'send invoice', 'invoice missing', 'havent received', 'not received', 'never saw', 'can you send the invoice', 'need a copy', 'invoice copy'],
    'zh-CN': ['发票', '没收到发票', '发票没收到', '没收到', '复印件', '重新发', '丢了', '找不到', '没看到发票', '发票丢了', '补开', '重开', '再开一张', '补发票', '开票', '没开票', '发票呢', '发票没到', '发票还没到', '没拿到发票', '没有发票', '发票找不到', '把发票发过来', '发票发一下', '再发一次', '补一张', '发票寄丢了', '发票作废', '票没收到', '票还没开', '开一下票', '重新开票', '专票', '增值税发票'],
    pl: ['faktura', 'fakturę', 'kopia', 'nie dostaliśmy', 'nie dostałem', 'nie otrzymaliśmy', 'duplikat', 'zgubiona', 'zgubiliśmy', 'nie ma faktury', 'przesłać fakturę', 'wysłać fakturę', 'jaka faktura', 'nie widzę faktury', 'nie doszła', 'korekta', 'ponownie', 'nie mamy faktury', 'brak faktury', 'faktura nie doszła', 'nie dotarła', 'nie widzę', 'nie mam faktury', 'zaginęła', 'prześlijcie fakturę', 'proszę o fakturę', 'kopię faktury', 'ponownie wysłać', 'faktury nie ma'],
  },
  'already-paid': {
    en: ['paid', 'already paid', 'sent the money', 'transferred', 'payment went', 'settled', 'wired', 'wire', 'paid it', 'we paid', 'money went', 'made the payment', 'its been paid', 'paid last week', 'bank transfer done', 'remitted', 'cleared', 'we paid it', 'already sent', 'sent payment', 'payment sent', 'money was sent', 'transfer was made', 'we transferred', 'paid on', 'paid in full', 'check your account', 'should be in your account', 'it was paid'],
    'zh-CN': ['已付', '付过了', '已经付', '已经付了', '转账了', '打款了', '打过款', '已经打过款', '结清', '钱转了', '转过去了', '汇过去了', '汇了', '付了', '就付了', '已汇款', '款已付', '钱已经打', '付完了', '早就付了', '已经转', '已经汇', '已经打款', '款打了', '钱打了', '钱付了', '早付了', '付清了', '转账过去', '转了', '昨天付', '上周付', '钱已经付', '银行已经转', '你查一下账', '查一下到账', '应该到账了', '回单', '付款回单'],
    pl: ['zapłaciliśmy', 'zapłacone', 'zapłacona', 'opłacona', 'przelew poszedł', 'przelew wyszedł', 'przelaliśmy', 'uregulowane', 'uregulowaliśmy', 'opłacone', 'zrobiliśmy przelew', 'już zapłacone', 'pieniądze poszły', 'płatność poszła', 'zapłacił', 'zapłaciłem', 'spłacone', 'przelew wysłany', 'przelew zrobiony', 'przelaliśmy pieniądze', 'wpłaciliśmy', 'wpłacone', 'zapłaciłam', 'już zapłaciliśmy', 'płatność wysłana', 'proszę sprawdzić konto', 'powinno być na koncie', 'zaksięgowane', 'potwierdzenie przelewu', 'poszło'],
  },
  dispute: {
    en: ['dispute', 'disputed', 'complaint', 'faulty', 'damaged', 'wrong goods', 'not delivered', 'quality', 'unhappy', 'not happy', 'broken', 'defective', 'wrong items', 'short delivery', 'not done', 'returned', 'missing items', 'not what we ordered', 'poor job', 'wrong', 'problem with the goods', 'problem with the order', 'doesnt work', 'not working', 'poor quality', 'bad quality', 'incomplete', 'short shipped', 'never arrived', 'late delivery', 'we sent it back', 'complain', 'unfinished', 'missing', 'were missing', 'missing parts', 'parts missing', 'wrong parts', 'not complete'],
    'zh-CN': ['争议', '质量', '质量问题', '投诉', '坏了', '损坏', '不满意', '没到货', '货不对', '货有问题', '少发', '发错货', '退货', '残次', '次品', '不合格', '没做完', '服务不好', '有问题', '货不好', '东西坏了', '产品有问题', '质量差', '质量不行', '不好用', '用不了', '少了', '数量不对', '规格不对', '型号不对', '延迟交货', '交货晚了', '没安装', '没完工', '工程没完', '要退货', '退回去了', '售后'],
    pl: ['reklamacja', 'reklamację', 'wadliwy', 'wada', 'uszkodzony', 'uszkodzone', 'jakość', 'niezadowolony', 'nie dostarczono', 'spór', 'zepsuty', 'nie działa', 'towar', 'niekompletna dostawa', 'brakuje', 'zwrot', 'nie zostala wykonana', 'nie wykonano', 'źle wykonane', 'nie to zamawialiśmy', 'usterka', 'towar wadliwy', 'zepsute', 'reklamujemy', 'złożyliśmy reklamację', 'towar nie dotarł', 'nie dotarł', 'brak towaru', 'zła jakość', 'słaba jakość', 'źle zrobione', 'niedokończone', 'nie skończyli', 'opóźniona dostawa', 'odesłaliśmy', 'wadliwe', 'niezgodne z zamówieniem'],
  },
  'not-decision-maker': {
    en: ['not my decision', 'not me', 'decide', 'approve', 'boss', 'manager', 'accounts department', 'not my department', 'not my call', 'handles payments', 'not the one', 'someone else', 'talk to finance', 'check with my boss', 'check with', 'ask my boss', 'above my pay grade', 'i just work here', 'not responsible', 'speak to accounts', 'not up to me', 'i cant approve', 'i dont decide', 'owner decides', 'director decides', 'only the owner', 'i can only pass it on', 'finance team', 'accounts team', 'speak to my manager', 'need to ask'],
    'zh-CN': ['做不了主', '不是我', '决定', '审批', '老板', '领导', '财务部', '不归我管', '我不管', '不是我负责', '我说了不算', '我不清楚', '我只是', '问一下领导', '请示', '请示领导', '跟老板说', '找老板', '管不了', '我做不了决定', '我定不了', '不归我', '不是我管', '我管不了', '得问领导', '要问老板', '老板说了算', '领导说了算', '我只是个', '我只负责', '财务那边', '我转告', '我帮你问问', '跟领导汇报', '不是我批'],
    pl: ['nie decyduję', 'nie ja', 'decyzja', 'zatwierdza', 'szef', 'kierownik', 'księgowość', 'to nie do mnie', 'nie moja decyzja', 'nie zajmuję się', 'zapytam szefa', 'muszę zapytać', 'prezes decyduje', 'nie odpowiadam', 'nie mnie', 'inny dział', 'to nie ja decyduje', 'nie ja decyduję', 'nie decyduje', 'to decyzja szefa', 'decyduje szef', 'decyduje prezes', 'muszę zapytać szefa', 'zapytam', 'to nie moja sprawa', 'nie zajmuję się płatnościami', 'przekażę', 'dział księgowości', 'dział finansowy', 'nie mam uprawnień'],
  },
  'call-back-later': {
    en: ['call back', 'call me later', 'later', 'busy', 'in a meeting', 'not now', 'bad time', 'call tomorrow', 'cant talk', 'no time', 'another time', 'ring later', 'in the middle of something', 'on another call', 'call back later', 'ring me back', 'phone later', 'im busy', 'busy right now', 'call in an hour', 'call this afternoon', 'not a good time', 'talk later', 'can we talk later', 'on the road'],
    'zh-CN': ['回电', '晚点', '晚点打', '在忙', '很忙', '开会', '在开会', '现在不方便', '不方便', '稍后', '回头再说', '改天', '明天再打', '在开车', '没空', '等会儿', '过会儿', '晚点再打', '一会儿再打', '待会儿', '等一下再说', '下午再打', '明天再说', '现在很忙', '正在忙', '现在没空', '开车呢', '在外面', '不方便接', '回头打给你', '我再打给你', '忙着呢'],
    pl: ['oddzwonić', 'później', 'zajęty', 'na spotkaniu', 'nie teraz', 'zła pora', 'nie mogę rozmawiać', 'prowadzę', 'jadę', 'w samochodzie', 'jutro', 'innym razem', 'nie mam czasu', 'za godzinę', 'zadzwonić później', 'mam spotkanie', 'proszę później', 'zadzwoń później', 'oddzwonię', 'jestem zajęty', 'jestem zajęta', 'nie mam teraz czasu', 'teraz nie mogę', 'w tej chwili nie', 'za chwilę', 'po południu', 'jutro proszę', 'prowadzę samochód', 'jestem w drodze', 'spotkanie'],
  },
  'decision-maker-away': {
    en: ['away', 'on holiday', 'on vacation', 'vacation', 'out of office', 'travelling', 'traveling', 'sick', 'out sick', 'not in', 'off today', 'on leave', 'back next week', 'boss is away', 'boss is on vacation', 'owner is away', 'abroad', 'out of town', 'not in today', 'maternity leave', 'not here', 'not in the office', 'out of the office', 'off sick', 'on annual leave', 'back monday', 'back on', 'away this week', 'on a trip', 'business trip', 'away until', 'is off', 'off till monday', 'off until', 'back tomorrow', 'away till', 'not back until'],
    'zh-CN': ['不在', '出差', '休假', '请假', '生病', '外出', '老板出差', '老板不在', '领导出差', '财务不在', '财务请假', '出国', '回老家', '不在公司', '没来上班', '下周回来', '过几天回来', '在外地', '负责人不在', '不在办公室', '人不在', '出去了', '出门了', '休年假', '放假了', '病了', '住院', '出国了', '去外地', '下周才回', '过两天回', '这几天不在', '老板出国', '老板休假', '老板请假', '经理出差', '经理不在', '财务出差'],
    pl: ['nieobecny', 'nieobecna', 'urlop', 'na urlopie', 'wyjazd', 'wyjechał', 'delegacja', 'chory', 'chora', 'na zwolnieniu', 'zwolnienie lekarskie', 'L4', 'nie ma go', 'nie ma jej', 'nie ma szefa', 'nie ma prezesa', 'wraca', 'wróci', 'za granicą', 'poza biurem', 'nie ma', 'nie ma go dzisiaj', 'wyjechała', 'jest na urlopie', 'jest chory', 'zwolnienie', 'wraca w poniedziałek', 'będzie w przyszłym tygodniu', 'nie ma w biurze', 'poza firmą', 'wyjazd służbowy', 'urlopie', 'szef na urlopie', 'prezes wyjechał'],
  },
  'angry-caller': {
    en: ['angry', 'shouting', 'yelling', 'screaming', 'abusive', 'rude', 'swearing', 'hung up', 'upset', 'furious', 'threatening', 'insulting', 'lost his temper', 'cursing', 'slammed the phone', 'shouted', 'screamed', 'yelled', 'swore', 'insulted', 'aggressive', 'hostile', 'mad', 'he is furious', 'lost it', 'put the phone down', 'hung up on me'],
    'zh-CN': ['生气', '骂人', '在骂', '发火', '吼', '大吼', '挂电话', '挂了', '态度差', '发脾气', '吵', '吵架', '凶', '威胁', '爆粗口', '脏话', '情绪激动', '很冲', '骂我', '骂了', '大骂', '发飙', '很凶', '火气大', '情绪很大', '吵起来了', '说脏话', '骂娘', '挂我电话', '把电话挂了', '又挂了', '态度恶劣', '威胁我', '不讲理'],
    pl: ['zdenerwowany', 'zdenerwowana', 'krzyczy', 'wrzeszczy', 'obraża', 'wulgarny', 'przeklina', 'rozłączył', 'rozłączyła', 'rzucił słuchawką', 'awantura', 'wściekły', 'agresywny', 'grozi', 'nerwy', 'wyzywa', 'krzyczał', 'krzyczy na mnie', 'nakrzyczał', 'obrażał', 'wyzywał', 'przeklinał', 'rozłączył się', 'odłożył słuchawkę', 'agresja', 'groził', 'chamski', 'bardzo zdenerwowany', 'wściekła'],
  },
  'next-order': {
    en: ['next order', 'new order', 'more business', 'discount', 'future orders', 'place an order', 'next delivery', 'new project', 'order more', 'next batch', 'another order', 'the next order', 'new orders', 'bigger order', 'order again', 'more orders', 'next shipment', 'upcoming order', 'better price'],
    'zh-CN': ['下一笔', '新订单', '下次订货', '继续合作', '折扣', '下一批', '下批货', '再订', '再下单', '下单', '新项目', '先谈订单', '订单', '下个订单', '下一单', '下批订单', '后面的订单', '再进货', '继续订货', '还要订', '多订点', '大单', '优惠', '便宜点', '价格'],
    pl: ['następne zamówienie', 'nowe zamówienie', 'nowym zamówieniu', 'współpraca', 'rabat', 'kolejna dostawa', 'kolejne zamówienie', 'zamówimy', 'zamówienie', 'nowy projekt', 'upust', 'następnej dostawie', 'kolejnym zamówieniu', 'nowe zamówienia', 'następna dostawa', 'złożymy zamówienie', 'zamówimy więcej', 'większe zamówienie', 'cena', 'taniej'],
  },
  'small-partial': {
    en: ['partial', 'part payment', 'some of it', 'instalment', 'installment', 'a little', 'half', 'only pay #', 'pay #', 'bit by bit', 'a bit now', 'part now', 'small amount', 'something now', 'can only pay', 'payment plan', 'in parts', 'part of it', 'only part', 'some now', 'little now', 'pay a bit', 'pay something', 'in installments', 'instalments', 'small payment', 'can pay #', 'only #', 'split it'],
    'zh-CN': ['部分', '先付一点', '分期', '付一半', '少付', '先付一部分', '先给一点', '先付', '一点点', '分批', '分几次', '慢慢还', '先还一点', '只能先付', '先付部分', '先付一半', '付一部分', '先打一点', '先转一点', '先打一部分', '分期付', '分期还', '分两次', '分三次', '分几期', '一部分', '先还一部分', '先给一部分'],
    pl: ['część', 'częściowa', 'rata', 'raty', 'na raty', 'trochę', 'połowa', 'połowę', 'wpłacić połowę', 'wpłacę', 'częściami', 'po trochu', 'tylko część', 'mniejsza kwota', 'na początek', 'część teraz', 'częściowo', 'wpłata częściowa', 'zapłacimy część', 'zapłacę część', 'trochę teraz', 'połowę teraz', 'rozłożyć na raty', 'w ratach', 'część kwoty', 'mniej'],
  },
  'waiting-for-customers': {
    en: ['our customers', 'our customer', 'our client', 'waiting for payment', 'client has not paid', 'customer hasnt paid', 'owed to us', 'receivables', 'when we get paid', 'they havent paid us', 'waiting to be paid', 'our debtors', 'once we get paid', 'our client hasnt paid', 'customers havent paid', 'waiting for our customers', 'waiting for our money', 'when our customer pays', 'once our client pays', 'owed money ourselves', 'our customers are late'],
    'zh-CN': ['客户没付', '等回款', '回款', '我们的客户', '别人欠我们', '客户还没给', '客户欠我们', '甲方没给钱', '甲方', '客户拖款', '款没回来', '钱没回来', '等客户付款', '客户还没付', '等客户回款', '客户还没回款', '客户没回款', '回款慢', '款还没回', '钱还没回来', '等甲方', '甲方还没付', '甲方拖着', '上游', '别人欠我们钱', '客户欠款', '等款回来', '我们也在等钱'],
    pl: ['nasi klienci', 'nasz klient', 'klient', 'od klienta', 'czekamy na pieniądze', 'czekamy na wpłatę', 'klient nie zapłacił', 'nam nie zapłacili', 'nie zapłacił nam', 'wpływy', 'kontrahent', 'odbiorca nie zapłacił', 'jak nam zapłacą', 'czekamy na przelew', 'nasi dłużnicy', 'klienci nie płacą', 'klient nie płaci', 'nie zapłacili nam', 'czekamy aż klient zapłaci', 'jak klient zapłaci', 'nasi odbiorcy', 'odbiorca', 'czekamy na pieniądze od klienta', 'sami czekamy', 'nam też nie płacą', 'dłużnicy'],
  },
  'put-in-writing': {
    en: ['in writing', 'email me', 'send a letter', 'put it in writing', 'send me something', 'send it over', 'written', 'send an email', 'formal letter', 'send details', 'send it in writing', 'send me a letter', 'write to us', 'put it in an email', 'email it', 'send an official letter', 'need it in writing'],
    'zh-CN': ['书面', '发邮件', '发函', '写下来', '发个函', '发个邮件', '发过来', '发文件', '正式函', '书面说明', '发传真', '盖章', '书面通知', '发书面', '发正式', '发函过来', '出个函', '写个说明', '邮件发过来', '发到邮箱', '用邮件', '正式文件', '盖章文件', '发公函'],
    pl: ['na piśmie', 'mailem', 'pismo', 'wyślij', 'wyślijcie', 'prosze wyslac pismo', 'proszę napisać', 'e-mail', 'mail', 'wezwanie', 'oficjalnie', 'list', 'pisemnie', 'proszę na piśmie', 'na maila', 'wyślijcie maila', 'proszę przysłać', 'przesłać pismo', 'pisemnie proszę', 'oficjalne pismo', 'mailowo', 'wezwanie do zapłaty'],
  },
  'insolvency-or-lawyer': {
    en: ['insolvency', 'insolvent', 'bankrupt', 'bankruptcy', 'administration', 'administrator', 'liquidation', 'receivership', 'lawyer', 'solicitor', 'attorney', 'legal', 'chapter 11', 'going under', 'closing down', 'out of business', 'filing for', 'gone bust', 'going bust', 'winding up', 'wound up', 'chapter 7', 'our lawyer', 'legal team', 'legal department', 'talk to my lawyer', 'counsel', 'insolvency practitioner', 'ceasing trading'],
    'zh-CN': ['破产', '清算', '律师', '重整', '倒闭', '法务', '关门', '注销', '要倒了', '法院', '起诉', '律师函', '打官司', '跑路', '申请破产', '破产了', '快倒闭', '倒闭了', '公司不行了', '清盘', '破产清算', '法律顾问', '法务部', '走法律程序', '上法院'],
    pl: ['upadłość', 'upadłości', 'bankructwo', 'bankrutujemy', 'likwidacja', 'restrukturyzacja', 'prawnik', 'adwokat', 'radca', 'syndyk', 'zamykamy firmę', 'zamykamy', 'kancelaria', 'sąd', 'ogłosiliśmy upadłość', 'upadamy', 'ogłaszamy upadłość', 'wniosek o upadłość', 'jesteśmy w likwidacji', 'w restrukturyzacji', 'nasz prawnik', 'nasz adwokat', 'radca prawny', 'kancelaria prawna', 'prawnicy', 'zarządca', 'postępowanie'],
  },
  'payment-run': {
    en: ['payment run', 'next run', 'end of month', 'batch', 'pay run', 'payment cycle', 'next cycle', 'we pay on', 'net 30', 'next week', 'payment day', 'payment date', 'pay on fridays', 'next payment run', 'payment batch', 'pay runs', 'month end', 'at the end of the month', 'we pay monthly', 'payment schedule', 'next payment cycle', 'pay on the 15th', 'pay on the #th', 'next pay day'],
    'zh-CN': ['付款日', '月底', '统一付款', '统一付', '付款计划', '排期', '每月', '月初', '到时候统一', '固定付款', '月结', '付款周期', '下个月', '统一安排付款', '统一打款', '集中付款', '付款时间', '每月固定', '月底付', '月底统一', '月中', '下月初', '到付款日', '按流程付款', '财务排款', '排款', '排队付款'],
    pl: ['przelew zbiorczy', 'zbiorczo', 'koniec miesiąca', 'końcem miesiąca', 'na koniec miesiąca', 'harmonogram', 'termin płatności', 'system', 'płacimy w piątki', 'raz w miesiącu', 'dzień płatności', 'najbliższy przelew', 'paczka przelewów', 'przelewy zbiorcze', 'płacimy zbiorczo', 'pod koniec miesiąca', 'na początku miesiąca', 'płacimy raz w miesiącu', 'płacimy w poniedziałki', 'najbliższa płatność', 'następna tura', 'przelew w piątek', 'termin przelewów'],
  },
  'bank-details': {
    en: ['bank details', 'account number', 'iban', 'swift', 'sort code', 'routing number', 'where to pay', 'which account', 'bank account', 'your account', 'banking details', 'account changed', 'account details', 'payment details', 'bank info', 'where do i pay', 'what account', 'bank changed', 'new bank details', 'swift code', 'routing'],
    'zh-CN': ['账号', '银行账户', '收款账户', '开户行', '付到哪', '卡号', '账户信息', '哪个账户', '收款账号', '对公账户', 'IBAN', '账户', '银行卡号', '收款银行', '打到哪', '转到哪', '转哪个账户', '账号多少', '户名', '开户银行', '账号给我', '发一下账号', '收款信息'],
    pl: ['numer konta', 'nr konta', 'konto', 'iban', 'dane do przelewu', 'rachunek', 'numer rachunku', 'na jakie konto', 'jaki numer', 'zmiana konta', 'swift', 'jaki numer konta', 'dane konta', 'numer rachunku bankowego', 'dane bankowe', 'gdzie przelać', 'zmieniło się konto', 'nowe konto', 'kod swift'],
  },
  'cease-request': {
    en: ['stop calling', 'stop calling me', 'dont call', 'do not call', 'quit calling', 'leave me alone', 'stop ringing', 'stop phoning', 'no more calls', 'never call', 'harassment', 'take me off', 'remove my number', 'stop phoning me', 'stop contacting', 'stop harassing', 'dont phone', 'do not contact', 'no more phone calls', 'enough calls', 'quit ringing', 'never call me'],
    'zh-CN': ['别再打', '别打了', '别打电话', '不要打了', '再打我就', '骚扰', '烦不烦', '别烦我', '不要再联系', '删掉我的号码', '不许再打', '别再打来', '别打来了', '别再打电话', '再也别打', '不要再联系我', '不要联系', '别联系我', '烦死了', '天天打', '一直打', '不要打扰', '别骚扰'],
    pl: ['nie dzwonić', 'proszę nie dzwonić', 'więcej nie dzwonić', 'przestańcie dzwonić', 'przestań dzwonić', 'dajcie mi spokój', 'nękanie', 'nie życzę sobie', 'nie dzwoń', 'koniec telefonów', 'usuńcie mój numer', 'proszę nie dzwonić więcej', 'przestańcie do mnie dzwonić', 'nie życzę sobie telefonów', 'dość telefonów', 'ciągle dzwonicie', 'nękacie mnie', 'zostawcie mnie', 'nie kontaktujcie się'],
  },
  'not-our-debt': {
    en: ['dont owe', 'do not owe', 'i dont owe this', 'not our debt', 'wrong person', 'wrong number', 'never ordered', 'not us', 'not ours', 'no idea what', 'never heard of', 'not my debt', 'we owe nothing', 'nothing to do with us', 'never bought', 'not our invoice', 'we never ordered', 'never ordered this', 'wrong customer', 'wrong address', 'you have the wrong', 'i dont know you', 'we dont owe', 'dont owe you', 'owe nothing', 'not our order', 'never dealt with you'],
    'zh-CN': ['没欠', '没欠你们', '不欠', '我们没欠', '不是我们的', '找错人', '找错了', '没订过', '没买过', '不认识', '跟我们没关系', '没有这笔', '哪来的欠款', '不是我们欠的', '我们不欠', '没欠钱', '不欠你们', '没有欠款', '你们搞错了', '弄错了', '找错', '不认识你们', '没跟你们合作', '没有合作过', '没下过单', '不是我们下的单', '哪来的账'],
    pl: ['nic nie jesteśmy winni', 'nic wam nie jestesmy winni', 'nie jesteśmy winni', 'nie jestem winien', 'nie zamawialiśmy', 'nie nasza', 'nie nasz dług', 'zły numer', 'nie znamy', 'pierwsze słyszę', 'nie mamy długu', 'to nie my', 'nie kupowaliśmy', 'nie nasze', 'nie jesteśmy nic winni', 'nic nie jesteśmy dłużni', 'nie jesteśmy dłużni', 'nie mamy żadnego długu', 'nie zamawialiśmy tego', 'nie zamawiałem', 'to jakaś pomyłka', 'nie współpracowaliśmy', 'nie znam', 'nie nasza faktura', 'zła firma', 'zły adres', 'nie mamy umowy', 'żadnej umowy', 'bez umowy', 'nie podpisywaliśmy umowy', 'nie mamy z wami nic wspólnego', 'nie mamy żadnych zamówień'],
  },
  'approval-in-progress': {
    en: ['waiting for sign off', 'sign off', 'signoff', 'approval', 'being approved', 'pending approval', 'awaiting approval', 'needs a signature', 'in the system', 'in process', 'processing', 'submitted', 'going through approval', 'with the approver', 'in the queue', 'waiting for approval', 'needs approval', 'awaiting sign off', 'being signed', 'waiting for signature', 'in approval', 'its with the director', 'going through the system', 'approval pending', 'in workflow', 'workflow', 'signature', 'needs signing', 'to be signed', 'not signed yet', 'signed off'],
    'zh-CN': ['走流程', '在走流程', '流程', '等领导签字', '签字', '领导签字', '审批中', '在审批', '等审批', '报上去了', '在批', '批下来', '等批', '审核中', '财务在审', '在签字', '等签字', '还没签', '领导还没签', '老板还没签', '等老板签', '审批流程', '还在审批', '在审核', '等审核', '审批还没下来', '批了就付', '流程还没走完', '流程中', '报批', 'OA', '老板 签', '还在 签', '等 签字', '签了就付', '签完就付', '没签完'],
    pl: ['akceptacja', 'akceptację', 'czeka na akceptację', 'w akceptacji', 'zatwierdzenie', 'czeka na zatwierdzenie', 'obieg dokumentów', 'czeka na podpis', 'podpis', 'w trakcie', 'procedura', 'procesowana', 'w systemie', 'do zatwierdzenia', 'czeka na prezesa', 'czeka na akceptację prezesa', 'faktura w akceptacji', 'czeka na podpis prezesa', 'w trakcie akceptacji', 'musi zatwierdzić', 'zatwierdzi', 'po akceptacji', 'procedura akceptacji', 'nie podpisał', 'nie podpisała', 'jeszcze nie zatwierdził', 'podpisze', 'jak podpisze', 'po podpisie'],
  },
  'stop-supply-hostage': {
    en: ['stop deliveries', 'stop supplying', 'stop supply', 'hold deliveries', 'stop shipping', 'keep supplying', 'cut us off', 'if you stop', 'wont pay', 'no delivery no payment', 'stop the goods', 'stop delivering', 'stop the deliveries', 'hold our orders', 'cut off supply', 'no more deliveries', 'we wont pay if', 'then we wont pay', 'keep delivering', 'deliver first'],
    'zh-CN': ['停货', '你们停货', '不供货', '断货', '停止供货', '停了货', '再停货', '不给货', '继续发货', '先发货', '发货再付', '就不付', '停供', '断供', '不给我们发货', '不发货我们', '发了货再付', '先发货再说', '货不到不付', '停了我们的货', '再不发货', '卡我们的货', '压货', '不出货', '不发 不付', '停货 不付', '不供货 不付', '不发 就不', '停货 就不', '断货 不付'],
    pl: ['wstrzymacie dostawy', 'wstrzymać dostawy', 'wstrzymanie dostaw', 'wstrzymacie', 'dostawy', 'nie zapłacimy', 'to nie zapłacimy', 'bez dostaw', 'przestaniecie dostarczać', 'odetniecie', 'najpierw dostawa', 'dostawa najpierw', 'jak nie dostarczycie', 'wstrzymacie dostawę', 'zatrzymacie dostawy', 'jak nie będzie dostaw', 'nie będzie dostaw', 'wtedy nie zapłacimy', 'dostarczcie najpierw', 'najpierw towar', 'bez towaru nie zapłacimy'],
  },
  'no-details-to-hand': {
    en: ['dont have the file', 'in front of me', 'not in front of me', 'no access', 'not at my desk', 'dont have the details', 'dont have it here', 'cant see it', 'no papers', 'system is down', 'away from my desk', 'need to look it up', 'dont have it in front of me', 'not at the office', 'no access to the system', 'cant look it up', 'dont have the invoice here', 'need to check the file', 'without the documents'],
    'zh-CN': ['资料不在手边', '不在手边', '手边没有', '资料', '我看不到', '查不到', '系统打不开', '电脑不在', '不在办公室', '没带', '我得查一下', '回去查', '手上没资料', '资料不在', '不在电脑前', '电脑不在身边', '我不在公司', '没在办公室', '没法查', '查不了', '系统进不去', '要回去查', '我查一下再说', '记不清', '不记得'],
    pl: ['przed sobą', 'nie mam przed sobą', 'nie mam dokumentów', 'dokumentów', 'dokumenty', 'nie mam papierów', 'nie jestem w biurze', 'nie widzę', 'muszę sprawdzić', 'nie mam danych', 'system nie działa', 'nie pamiętam', 'nie mam tego przed sobą', 'nie mam dokumentów przed sobą', 'nie mam faktur przy sobie', 'nie jestem przy komputerze', 'nie jestem przy biurku', 'nie mogę sprawdzić', 'nie mam systemu', 'muszę to sprawdzić', 'nie pamiętam szczegółów'],
  },
  'statement-mismatch': {
    en: ['doesnt match', 'does not match', 'balance doesnt match', 'statement', 'reconcile', 'reconciliation', 'our records show', 'different amount', 'wrong amount', 'wrong balance', 'numbers dont add up', 'discrepancy', 'our books', 'doesnt agree', 'our figure is different', 'we show a different balance', 'our balance is', 'numbers are different', 'not what we have', 'doesnt add up', 'statement is wrong', 'mismatch', 'difference', 'ledger', 'our ledger', 'our books say', 'our records', 'records show', 'we have a different figure'],
    'zh-CN': ['对账不符', '对账', '对不上', '对账对不上', '账不对', '金额不对', '差额', '数字对不上', '余额不对', '账目', '对账单不对', '账对不上', '对不上账', '数对不上', '金额有出入', '有出入', '差了', '差额不对', '余额对不上', '对账有问题', '账不一致', '不一致', '我们这边的账', '我们账面', '账面'],
    pl: ['saldo', 'saldo się nie zgadza', 'nie zgadza', 'nie zgadza się', 'zestawienie', 'uzgodnienie sald', 'różnica', 'rozbieżność', 'u nas wychodzi', 'zła kwota', 'w naszych księgach', 'nie zgadzają', 'saldo nie zgadza się', 'kwota się nie zgadza', 'nie zgadza się kwota', 'u nas jest inaczej', 'inne saldo', 'różnica w saldzie', 'niezgodność', 'potwierdzenie salda', 'nie zgadza się z naszym'],
  },
  retention: {
    en: ['retention', 'retainage', 'retention money', 'holding back', 'held back', 'after completion', 'warranty period', 'until completion', 'withheld', 'holdback', 'defects period', 'final account', 'retention payment', 'holding retention', 'retention held', 'held until handover', 'until the warranty ends', 'warranty retention', 'we retain', 'retained'],
    'zh-CN': ['质保金', '质保', '保证金', '尾款', '验收', '没验收', '验收后', '押金', '扣留', '保修期', '质量保证金', '质保款', '保留金', '尾款是质保', '扣质保', '质保到期', '验收合格', '验收完', '等验收', '还没验收', '保修金', '预留', '留了百分之'],
    pl: ['kaucja', 'kaucję', 'kaucja gwarancyjna', 'gwarancyjna', 'zatrzymana', 'odbiór', 'odbioru końcowego', 'okres gwarancji', 'gwarancja', 'zabezpieczenie', 'kaucji', 'kaucję gwarancyjną', 'zatrzymana kaucja', 'kwota zatrzymana', 'po odbiorze', 'protokół odbioru', 'gwarancji', 'zabezpieczenie należytego wykonania', 'do końca gwarancji', 'zatrzymujemy część'],
  },
  'set-off': {
    en: ['deduct', 'deducting', 'offset', 'set off', 'setoff', 'what you owe us', 'you owe us', 'net it off', 'contra', 'knock it off', 'credit note', 'take it off', 'against your bill', 'deduct it', 'take it off what you owe', 'offset against', 'set it off', 'you owe us money', 'your debt to us', 'we have a claim', 'net off', 'counterclaim', 'net against', 'net it against', 'against your credit', 'deduct from'],
    'zh-CN': ['扣掉', '扣除', '抵消', '抵账', '冲抵', '你们欠我们', '欠我们的', '对冲', '扣款', '相互抵', '扣了', '以货抵款', '直接扣', '扣你们的', '抵掉', '抵了', '冲账', '冲销', '你们也欠我们', '互相抵', '相抵', '抵一下', '从货款里扣'],
    pl: ['kompensata', 'kompensatę', 'potrącenie', 'potrącamy', 'odliczymy', 'odliczenie', 'jesteście nam winni', 'wy nam wisicie', 'nota', 'skompensujemy', 'rozliczymy się', 'potrącić', 'potrącamy z', 'odliczyć', 'odliczamy', 'kompensujemy', 'skompensować', 'wy też jesteście winni', 'macie u nas dług', 'nota obciążeniowa', 'nota księgowa', 'zaliczymy na poczet'],
  },
  'bank-acceptance-bill': {
    en: ['bank acceptance', 'acceptance bill', 'bankers acceptance', 'bill of exchange', 'promissory note', 'pay by bill', 'draft', 'bank draft', 'post-dated', 'acceptance', 'pay by draft', 'bank bill', 'pay with a bill', 'give you a bill'],
    'zh-CN': ['承兑汇票', '银承', '商业承兑', '商承', '汇票', '票据', '电子汇票', '开票给你', '贴现', '开承兑', '银票', '开银票', '给承兑', '用汇票', '商票', '电票', '票据付款', '六个月的票', '开汇票', '汇票付'],
    pl: ['weksel', 'wekslem', 'weksla', 'akcept bankowy', 'akcept', 'papier wartościowy', 'akredytywa', 'weksel bankowy', 'wystawimy weksel', 'zapłacić wekslem', 'weksla bankowego'],
  },
  'blame-collector': {
    en: ['useless', 'terrible service', 'your service', 'unprofessional', 'you people', 'who do you think', 'your sales rep', 'your company is a joke', 'blame', 'worst supplier', 'your mistake', 'your fault', 'you messed up', 'terrible company', 'awful service', 'worst service', 'how dare you', 'whos your manager', 'rude collector', 'your people', 'your salesman', 'your rep'],
    'zh-CN': ['业务员', '你们业务员', '太差了', '服务太差', '你们的错', '怪你们', '不专业', '你们公司', '什么公司', '你们搞错', '你算什么', '你们的问题', '你们太差', '服务太烂', '你们的人', '你们销售', '销售员', '你们业务', '你们搞的', '你们自己的问题', '你这什么', '怎么说话的', '你们公司太', '不负责任', '差劲', '投诉你'],
    pl: ['nieprofesjonalny', 'nieprofesjonalni', 'wasz błąd', 'beznadziejni', 'beznadziejna obsługa', 'obsługa', 'wasz handlowiec', 'kpina', 'niekompetentni', 'co to za firma', 'pan nie wie', 'żenada', 'skandal', 'to przez was', 'wasza firma', 'kiepska obsługa', 'fatalna obsługa', 'beznadziejna firma', 'jak pan śmie', 'jak pani śmie', 'nieprofesjonalnie', 'wasz przedstawiciel', 'skarga', 'złożę skargę', 'co za firma'],
  },
};

/**
 * Words collectors use for one another: the people who decide, the ways to call, the days. A
 * keyword written with one member is found with any other (see find-rebuttal.ts).
 */
export const KEYWORD_SYNONYMS: Synonyms = {
  en: [
    ['boss', 'manager', 'director', 'owner', 'controller', 'cfo', 'ceo', 'accountant', 'bookkeeper', 'md'],
    ['call', 'phone', 'ring', 'contact'],
    ['calling', 'phoning', 'ringing', 'contacting'],
    ['stop', 'quit', 'cease'],
    ['invoice', 'bill'],
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'tomorrow', 'weekend'],
    ['until', 'till', 'til'],
    ['customer', 'client'],
    ['customers', 'clients'],
  ],
  'zh-CN': [
    ['老板', '领导', '经理', '老总', '负责人', '财务', '会计', '出纳'],
    ['打电话', '打来', '联系'],
    ['客户', '甲方'],
    ['转账', '打款', '汇款'],
  ],
  pl: [
    ['szef', 'prezes', 'właściciel', 'kierownik', 'dyrektor', 'księgowa', 'księgowy'],
    ['dzwonić', 'wydzwaniać', 'telefonować'],
    ['klient', 'kontrahent', 'odbiorca'],
    ['poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'jutro'],
  ],
};
