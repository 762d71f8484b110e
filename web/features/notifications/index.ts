export { NotificationBell } from './notification-bell';
export { NotificationList } from './notification-list';
export { notificationsOptions, unreadCountOptions } from './options';
export { fetchUnreadCount } from './queries';
