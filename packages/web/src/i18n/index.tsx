import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { messages, type MessageKey } from './messages.ts';

export type Lang = 'zh' | 'en';
export type Bilingual = { zh: string; en: string };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const STORAGE_KEY = 'shishi.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The language every API request asks for; kept outside React so the fetch client can read it. */
let currentLang: Lang = initialLang();
export const getLang = () => currentLang;
export const acceptLanguage = () => (currentLang === 'en' ? 'en' : 'zh-CN');

function applyLang(lang: Lang) {
  currentLang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}
applyLang(currentLang);

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  let text: string = messages[lang][key] ?? messages.zh[key] ?? key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** Pick the current language out of a `{zh, en}` pair sent by the server (a plain string, as in records stored before the pair existed, is shown as is). */
  pick: (b: Bilingual | string | null | undefined) => string;
  /** Translate a key built at run time (e.g. from a server code), or return the fallback. */
  tx: (key: string, fallback: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, onChange }: { children: ReactNode; onChange?: (lang: Lang) => void }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback(
    (next: Lang) => {
      applyLang(next);
      try {
        localStorage.setItem(STORAGE_KEY, next);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
      setLangState(next);
      onChange?.(next);
    },
    [onChange],
  );
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      pick: (b) => (typeof b === 'string' ? b : b ? b[lang] || b.zh : ''),
      tx: (key, fallback) => (key in messages.zh ? translate(lang, key as MessageKey) : fallback),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export type { MessageKey };
