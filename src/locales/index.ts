import { readdir, readFile } from 'node:fs/promises';
import { createInstance, type TFunction } from 'i18next';

export type LocaleResource = Record<string, unknown>;

/** Every language the assistant speaks, and a translate function bound to one of them. */
export interface Translator {
  readonly languages: readonly string[];
  readonly fallbackLanguage: string;
  /** A `t` bound to the language; an unknown language falls back. */
  forLanguage(language: string | null): TFunction;
  has(language: string): boolean;
}

const LOCALES_DIR = new URL('./', import.meta.url);

/** Reads every `<language>.json` beside this file: adding a language is adding one file. */
export async function loadLocaleResources(dir: URL = LOCALES_DIR): Promise<Record<string, LocaleResource>> {
  const resources: Record<string, LocaleResource> = {};
  for (const file of (await readdir(dir)).sort()) {
    const match = /^([a-z]{2,3}(?:-[A-Z]{2})?)\.json$/.exec(file);
    if (!match?.[1]) continue;
    const parsed: unknown = JSON.parse(await readFile(new URL(file, dir), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`locale ${file} is not a JSON object`);
    }
    resources[match[1]] = Object.fromEntries(Object.entries(parsed));
  }
  return resources;
}

export async function createTranslator(options: {
  resources: Record<string, LocaleResource>;
  fallbackLanguage: string;
}): Promise<Translator> {
  const languages = Object.keys(options.resources).sort(
    (a, b) => menuOrder(options.resources[a]) - menuOrder(options.resources[b]) || a.localeCompare(b),
  );
  if (!languages.includes(options.fallbackLanguage)) {
    throw new Error(`no locale file for the fallback language ${options.fallbackLanguage}`);
  }
  const i18n = createInstance();
  await i18n.init({
    resources: Object.fromEntries(
      Object.entries(options.resources).map(([lng, resource]) => [lng, { translation: resource }]),
    ),
    lng: options.fallbackLanguage,
    fallbackLng: options.fallbackLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map(languages.map((lng) => [lng, i18n.getFixedT(lng)]));
  return {
    languages,
    fallbackLanguage: options.fallbackLanguage,
    forLanguage(language) {
      return fixed.get(language ?? '') ?? i18n.getFixedT(options.fallbackLanguage);
    },
    has: (language) => fixed.has(language),
  };
}

/** A locale's place in the language menu (`meta.menuOrder`); files without one come last. */
function menuOrder(resource: LocaleResource | undefined): number {
  const meta = resource?.meta;
  if (typeof meta !== 'object' || meta === null || !('menuOrder' in meta)) return Number.MAX_SAFE_INTEGER;
  return typeof meta.menuOrder === 'number' ? meta.menuOrder : Number.MAX_SAFE_INTEGER;
}
