export { FolderCheckIcon, MessagesSquareIcon, ShieldCheckIcon, VideoIcon } from './icons';
export { HOME_DESCRIPTION, HOME_TITLE, PRIVATE_PREFIXES, PUBLIC_PAGES, SITE_NAME, siteOrigin } from './site';
export { UpcomingEvents, UpcomingEventsFallback } from './upcoming-events';
