export { ConsentForm } from './consent-form';
export { PreferencesForm } from './preferences-form';
export { toLocale } from './schema';
