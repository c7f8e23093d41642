import type { Texts } from '../i18n/texts';
import type { SlotKind } from './slot-quality';

/** The name of the one collector when Settings name none. */
export const DEFAULT_COLLECTOR: Texts = { en: 'Collector', 'zh-CN': '催收员', pl: 'Windykator' };

export const SLOT_KINDS: Readonly<Record<SlotKind, Texts>> = {
  callback: { en: 'the time the debtor asked to be called back', 'zh-CN': '债务人要求回电的时间', pl: 'pora, o którą dłużnik prosił oddzwonić' },
  'follow-up-morning': { en: 'first thing in the morning, for a follow-up that should not wait', 'zh-CN': '上午尽早跟进，此事不宜拖延', pl: 'z samego rana, bo tej sprawy nie można odkładać' },
  'first-minutes': { en: 'the first 15 minutes of their working day', 'zh-CN': '对方上班后的前15分钟', pl: 'pierwsze 15 minut ich dnia pracy' },
  morning: { en: 'a morning slot (mornings beat afternoons)', 'zh-CN': '上午时段（上午胜于下午）', pl: 'pora przedpołudniowa (rano lepiej niż po południu)' },
  afternoon: { en: 'an afternoon slot, the best still free', 'zh-CN': '下午时段，仍空闲中最好的', pl: 'pora popołudniowa, najlepsza wolna' },
  evening: { en: 'an evening slot, the best still free', 'zh-CN': '傍晚时段，仍空闲中最好的', pl: 'pora wieczorna, najlepsza wolna' },
};

export const AGENDA_MESSAGES = {
  why: {
    en: '{collector} your time, {debtor} for the debtor ({zone}): {kind}. Expected {value} (priority {priority} × slot {quality}).',
    'zh-CN': '您的时间 {collector}，债务人当地时间 {debtor}（{zone}）：{kind}。预期回款 {value}（优先级 {priority} × 时段 {quality}）。',
    pl: '{collector} u Ciebie, {debtor} u dłużnika ({zone}): {kind}. Oczekiwane {value} (priorytet {priority} × pora {quality}).',
  },
  unknownCollector: {
    en: 'Row {row}: collector "{collector}" is not in the Settings list of collectors ({known}); {customer} is shared out among them.',
    'zh-CN': '第{row}行：催收员"{collector}"不在设置的催收员名单（{known}）中；{customer}由名单中的催收员分担。',
    pl: 'Wiersz {row}: windykatora „{collector}” nie ma na liście windykatorów w Ustawieniach ({known}); {customer} trafia do wspólnej puli.',
  },
} as const satisfies Record<string, Texts>;
