export { ClientMessagesScope } from './client-messages-scope';
export { LanguageSwitch } from './language-switch';
export { LocaleCookieSync } from './locale-cookie-sync';
