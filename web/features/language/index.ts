export { LanguageSwitch } from './language-switch';
export { LocaleCookieSync } from './locale-cookie-sync';
