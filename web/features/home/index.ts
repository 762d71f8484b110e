export { FolderCheckIcon, MessagesSquareIcon, ShieldCheckIcon, VideoIcon } from './icons';
export { PRIVATE_PREFIXES, PUBLIC_PAGES, SITE_NAME, siteOrigin } from './site';
export { UpcomingEvents, UpcomingEventsFallback } from './upcoming-events';
