/** The browser's UI language decides; Chinese of any region reads the zh-CN texts. (Apart from i18n.ts so that the
 * content script can ask without loading the texts.) */
export function uiLang(): 'zh-CN' | 'en' {
  const ui =
    typeof chrome !== 'undefined' && chrome.i18n?.getUILanguage ? chrome.i18n.getUILanguage() : navigator.language;
  return /^zh/i.test(ui) ? 'zh-CN' : 'en';
}
