import type { Dictionary } from '../../lib/i18n.ts';

export default {
  heading: 'Как цитировать страницу',
  thisVersion: 'Эта версия:',
  revision: 'редакция',
  noHistory: 'В этой копии сайта не записано, когда страница менялась в последний раз: укажите дату, когда вы её прочли.',
  // ГОСТ first: the style Russian readers cite in; the others for work written in English.
  styles: ['gost', 'apa', 'chicago', 'mla'],
  styleLabel: { gost: 'ГОСТ Р 7.0.100-2018', apa: 'APA (7-е изд.)', chicago: 'Chicago (17-е изд.)', mla: 'MLA (9-е изд.)' },
  copy: 'Копировать',
  copyLabel: (style: string) => `Копировать ссылку в стиле ${style}`,
  copied: 'Скопировано',
  selectText: 'Выделите текст',
  copiedStatus: 'Ссылка скопирована',
  copyFailed: 'Не удалось скопировать: выделите текст',
  downloads: 'Скачать для менеджера библиографии:',
  // A country's name cannot be put in the genitive by rule ("Китай" → "Китая"): the pair is
  // named as such, the way the site's dash pairs are written ("Кыргызстан–Китай").
  relationTitle: (country: string) => `Отношения Кыргызстан–${country}`,
  priorityAbout: 'Внешняя политика Кыргызстана',
  feed: {
    title: (site: string) => `Изменения · ${site}`,
    description: 'Новые статьи, новые примечания об исправлениях и расхождениях источников и изменённые статьи справочника по внешней политике Кыргызстана.',
    added: (title: string) => `Новая статья: ${title}`,
    changed: (title: string) => `Изменено: ${title}`,
    notesAdded: (kinds, title: string) =>
      `${kinds.length > 1 ? 'Добавлены примечания об исправлении и о расхождении источников' : kinds[0] === 'correction' ? 'Добавлено примечание об исправлении' : 'Добавлено примечание о расхождении источников'}: ${title}`,
    // The history's descriptions are English (commit trailers): a Russian reader gets what kind
    // of change it was, its date and revision.
    describe: (change, date: string) =>
      `${{ added: 'Страница создана', changed: 'Страница изменена', renamed: 'Страница переименована' }[change.kind]} ${date} (редакция ${change.rev})`,
  },
} satisfies Dictionary['cite'];
