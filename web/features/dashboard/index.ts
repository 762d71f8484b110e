export { DossiersSection } from './dossiers-section';
export { EventsSection } from './events-section';
export { PostsSection } from './posts-section';
export { fetchLatestPosts, fetchMyDossiers, fetchNextEvents, fetchUnreadTotal } from './queries';
