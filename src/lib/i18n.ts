/**
 * Languages of the site and every piece of interface text, one table per
 * language. Components ask `t(lang, key)`; none of them hard-codes English.
 */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];
/** Locale used by Intl for each site language (Latin American Spanish). */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-419' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language of the page being rendered (Astro.currentLocale), English when unknown. */
export function langOf(locale: string | undefined): Lang {
  return isLang(locale) ? locale : 'en';
}

const en = {
  'site.name': 'Root Causes',
  'site.tagline': 'Harris in Guatemala and Mexico, June 2021: the trip, the money and the numbers, explained',
  'site.description':
    'An explainer on Vice President Kamala Harris’s June 2021 trip to Guatemala and Mexico and the “root causes” migration policy behind it, with every figure tied to its source.',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.articles': 'Articles',
  'nav.sources': 'Sources',
  'nav.about': 'About',
  'nav.primary': 'Main navigation',
  'nav.search': 'Search',
  'search.title': 'Search',
  'search.description': 'Search every piece of the explainer, in English.',
  'search.site': 'Search the site',
  'search.label': 'Words to look for',
  'search.button': 'Search',
  'search.searching': 'Searching…',
  'search.one': '1 result for “{query}”',
  'search.other': '{count} results for “{query}”',
  'search.none': 'Nothing found for “{query}”. Try another word, or start from the front page.',
  'search.error': 'Search is not working right now. Every piece is listed on the front page.',
  'search.noscript': 'Search runs in the browser and needs JavaScript. Every piece is listed on the front page.',
  'search.otherLang': 'Buscar en español',
  'search.more': 'Show more results',
  'search.shown': '({shown} shown)',
  'series.label': 'The explainer, part by part',
  'series.part': 'Part {n} of {m}',
  'series.prev': 'Previous',
  'series.next': 'Next',
  'home.startHere': 'Start here',
  'sources.back': 'Back to the text',
  'sources.backTo': 'Back to figure {n} in the text',
  'home.needToKnow': 'What you need to know',
  'home.pieces': 'The explainer, piece by piece',
  'home.keyFigures': 'Key figures',
  'article.by': 'By',
  'article.published': 'Published',
  'article.updated': 'Updated',
  'article.contents': 'In this article',
  'article.corrections': 'Corrections',
  'article.more': 'More from this explainer',
  'article.sources': 'Sources',
  'article.sourcesIntro': 'Figures and charts in this article come from these sources.',
  'article.readingTime': 'min read',
  'footer.about': 'An independent explainer. Every figure links to its source; corrections are noted on the page they affect.',
  'footer.data': 'Data and sources',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may have a typo.',
  'notFound.home': 'Go to the front page',
  'sources.title': 'Sources',
  'sources.description': 'Every source the explainer cites, with the figures and datasets that use it.',
  'sources.usedBy': 'Used by',
  'sources.published': 'Published',
  'sources.accessed': 'Checked',
  'sources.figures': 'Figures',
  'sources.datasets': 'Datasets',
  'sources.notCited': 'Not cited yet.',
  'sources.reprintedBy': 'as reprinted by',
  'sources.carriedBy': 'via',
  'sources.readVia': 'Read via',
  'chart.table': 'Show the data as a table',
  'chart.download': 'Get the data (CSV)',
  'chart.source': 'Source',
  'chart.sources': 'Sources',
  'chart.notes': 'Notes',
  'chart.vintage': 'Data as of',
  'chart.keyboardHint': 'Use the arrow keys to move between data points; Escape hides the details.',
  'figure.unknown': 'Unknown figure',
  'lang.switch': 'Leer en español',
  'lang.name': 'English',
  'chart.embed': 'Embed this chart',
  'chart.embedCode': 'HTML for your page',
  'chart.copyCode': 'Copy the embed code',
  'chart.copyLink': 'Copy the link',
  'chart.copied': 'Copied.',
  'chart.copyFailed': 'Copying was blocked; the text is selected: press Ctrl+C (⌘C on a Mac).',
  'chart.image': 'Download the chart',
  'chart.permalink': 'Link to this chart',
} as const;

export type UiKey = keyof typeof en;

const es: Record<UiKey, string> = {
  'site.name': 'Causas de fondo',
  'site.tagline': 'Harris en Guatemala y México, junio de 2021: el viaje, el dinero y las cifras, explicados',
  'site.description':
    'Un explicador sobre el viaje de la vicepresidenta Kamala Harris a Guatemala y México en junio de 2021 y la política migratoria de las “causas de fondo”, con cada cifra ligada a su fuente.',
  'nav.skip': 'Saltar al contenido',
  'nav.home': 'Inicio',
  'nav.articles': 'Artículos',
  'nav.sources': 'Fuentes',
  'nav.about': 'Acerca de',
  'nav.primary': 'Navegación principal',
  'nav.search': 'Buscar',
  'search.title': 'Buscar',
  'search.description': 'Busque en todas las piezas del explicador, en español.',
  'search.site': 'Buscar en el sitio',
  'search.label': 'Palabras que buscar',
  'search.button': 'Buscar',
  'search.searching': 'Buscando…',
  'search.one': '1 resultado para “{query}”',
  'search.other': '{count} resultados para “{query}”',
  'search.none': 'No se encontró nada para “{query}”. Pruebe con otra palabra o empiece por la portada.',
  'search.error': 'La búsqueda no funciona en este momento. Todas las piezas están en la portada.',
  'search.noscript': 'La búsqueda funciona en el navegador y necesita JavaScript. Todas las piezas están en la portada.',
  'search.otherLang': 'Search in English',
  'search.more': 'Ver más resultados',
  'search.shown': '({shown} en pantalla)',
  'series.label': 'El explicador, parte por parte',
  'series.part': 'Parte {n} de {m}',
  'series.prev': 'Anterior',
  'series.next': 'Siguiente',
  'home.startHere': 'Empiece aquí',
  'sources.back': 'Volver al texto',
  'sources.backTo': 'Volver a la cifra {n} en el texto',
  'home.needToKnow': 'Lo que hay que saber',
  'home.pieces': 'El explicador, pieza por pieza',
  'home.keyFigures': 'Cifras clave',
  'article.by': 'Por',
  'article.published': 'Publicado',
  'article.updated': 'Actualizado',
  'article.contents': 'En este artículo',
  'article.corrections': 'Correcciones',
  'article.more': 'Más de este explicador',
  'article.sources': 'Fuentes',
  'article.sourcesIntro': 'Las cifras y gráficos de este artículo provienen de estas fuentes.',
  'article.readingTime': 'min de lectura',
  'footer.about': 'Un explicador independiente. Cada cifra enlaza a su fuente; las correcciones se indican en la página afectada.',
  'footer.data': 'Datos y fuentes',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
  'notFound.home': 'Ir a la portada',
  'sources.title': 'Fuentes',
  'sources.description': 'Todas las fuentes que cita el explicador, con las cifras y los conjuntos de datos que las usan.',
  'sources.usedBy': 'Usada por',
  'sources.published': 'Publicada',
  'sources.accessed': 'Revisada el',
  'sources.figures': 'Cifras',
  'sources.datasets': 'Conjuntos de datos',
  'sources.notCited': 'Aún no citada.',
  'sources.reprintedBy': 'según la reproducción de',
  'sources.carriedBy': 'vía',
  'sources.readVia': 'Consultada en',
  'chart.table': 'Ver los datos en una tabla',
  'chart.download': 'Descargar los datos (CSV)',
  'chart.source': 'Fuente',
  'chart.sources': 'Fuentes',
  'chart.notes': 'Notas',
  'chart.vintage': 'Versión de los datos',
  'chart.keyboardHint': 'Use las flechas para moverse entre los datos; Escape oculta los detalles.',
  'figure.unknown': 'Cifra desconocida',
  'lang.switch': 'Read in English',
  'lang.name': 'Español',
  'chart.embed': 'Insertar este gráfico',
  'chart.embedCode': 'HTML para su página',
  'chart.copyCode': 'Copiar el código',
  'chart.copyLink': 'Copiar el enlace',
  'chart.copied': 'Copiado.',
  'chart.copyFailed': 'No se pudo copiar; el texto está seleccionado: pulse Ctrl+C (⌘C en un Mac).',
  'chart.image': 'Descargar el gráfico',
  'chart.permalink': 'Enlace a este gráfico',
};

const TABLE: Record<Lang, Record<UiKey, string>> = { en, es };

/** Interface text for a key in a language. */
export function t(lang: Lang, key: UiKey): string {
  return TABLE[lang][key];
}

/** Interface text with its {placeholders} filled: tf('en', 'series.part', { n: 2, m: 7 }). */
export function tf(lang: Lang, key: UiKey, values: Record<string, string | number>): string {
  return t(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
