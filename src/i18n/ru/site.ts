import type { Dictionary } from '../../lib/i18n.ts';

type Gender = 'm' | 'f' | 'n' | 'pl';
const TREATY_KINDS: Record<string, [string, Gender]> = {
  treaty: ['договор', 'm'],
  agreement: ['соглашение', 'n'],
  declaration: ['декларация', 'f'],
  charter: ['хартия', 'f'],
  decision: ['решение', 'n'],
  resolution: ['резолюция', 'f'],
  accords: ['соглашения', 'pl'],
};
const SCOPES: Record<string, Record<Gender, string>> = {
  bilateral: { m: 'двусторонний', f: 'двусторонняя', n: 'двустороннее', pl: 'двусторонние' },
  multilateral: { m: 'многосторонний', f: 'многосторонняя', n: 'многостороннее', pl: 'многосторонние' },
};

export default {
  name: 'Справочник по внешней политике Кыргызстана',
  skipLink: 'Перейти к содержанию',
  sectionLink: (heading: string) => `Ссылка на раздел «${heading}»`,
  menu: 'Меню',
  sectionsNav: 'Разделы',
  sectionsMenuNav: 'Меню разделов',
  breadcrumb: 'Навигационная цепочка',
  home: 'Главная',
  nav: {
    priorities: 'Приоритеты',
    countries: 'Отношения',
    treaties: 'Договоры',
    organizations: 'Организации',
    events: 'Хронология',
    sources: 'Источники',
    data: 'Данные',
    about: 'О сайте',
  },
  type: {
    sources: 'источник',
    countries: 'отношения',
    treaties: 'договор',
    organizations: 'организация',
    priorities: 'приоритет',
    events: 'событие',
  },
  section: {
    sources: 'Источники',
    countries: 'Отношения',
    treaties: 'Договоры',
    organizations: 'Организации',
    priorities: 'Приоритеты',
    events: 'События',
  },
  notStated: 'В источниках не указано',
  noneNamed: 'В источниках не названы',
  languageNav: 'Язык',
  otherLanguage: 'Эта страница на другом языке',
  footer: {
    sourcesBefore: 'Каждый факт на сайте взят из одного из ',
    sourcesLink: 'пяти текстов-источников',
    sourcesAfter: ' со ссылкой на него. Исправления ошибок источников перечислены на ',
    aboutLink: 'странице о сайте',
    end: '.',
    az: 'Все статьи от А до Я',
    data: 'Открытые данные',
    sources: 'Источники',
    feed: 'Изменения (RSS)',
  },
  feedTitle: 'Изменения',
  values: {
    region: {
      'Central Asia': 'Центральная Азия',
      Europe: 'Европа',
      'Latin America and the Caribbean': 'Латинская Америка и Карибский бассейн',
      Oceania: 'Океания',
      'East Asia': 'Восточная Азия',
      'Middle East': 'Ближний Восток',
      'North America': 'Северная Америка',
      'Southeast Asia': 'Юго-Восточная Азия',
      'South Asia': 'Южная Азия',
      'Eastern Europe and the Caucasus': 'Восточная Европа и Кавказ',
      Africa: 'Африка',
    },
    // The scope is an adjective that agrees with the kind's gender: «двустороннее соглашение».
    treatyKind: (kind: string, scope: string): string => {
      const [noun, gender] = TREATY_KINDS[kind] ?? [kind, 'm'];
      return scope in SCOPES ? `${SCOPES[scope][gender]} ${noun}` : `${noun} (источники не уточняют, ${SCOPES.bilateral[gender]} ли)`;
    },
    organizationKind: { global: 'глобальная', regional: 'региональная', security: 'в сфере безопасности', economic: 'экономическая', financial: 'финансовая' },
    role: { member: 'член', observer: 'наблюдатель', partner: 'партнёр', participant: 'участник', 'not stated': 'не указана' },
    sourceKind: {
      'embassy page': 'страница посольства',
      essay: 'очерк',
      textbook: 'учебник',
      'encyclopedia snapshot': 'снимок энциклопедической статьи',
      analysis: 'аналитическая статья',
    },
  },
} satisfies Dictionary['site'];
