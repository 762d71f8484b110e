export { NotificationBell } from './notification-bell';
export { NotificationList } from './notification-list';
export { notificationsOptions, unreadCountOptions } from './options';
export { readUnreadCount } from './unread-on-server';
