import type { Catalog } from '../catalog';
import { EN } from './en';
import { PL } from './pl';
import { ZH_CN } from './zh-CN';

/** The product's languages: a new one is its catalog file and one line here. */
export const LANGUAGE_CATALOGS: readonly Catalog[] = [
  EN,
  ZH_CN,
  PL,
];
