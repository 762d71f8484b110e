export { avatarUrl } from './avatar-url';
export { ProfileLink } from './profile-link';
export { ProfileSettings } from './profile-settings';
export { fetchTimeZone } from './time-zone';
