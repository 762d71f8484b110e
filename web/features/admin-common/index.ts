export { AdminNav } from './admin-nav';
export { AdminPageHeader } from './admin-page-header';
export { ConfirmDialog } from './confirm-dialog';
export { formatDate, formatDateTime, formatNumber } from '@/lib/format';
export { plural } from './plural';
export { describeAdminError, invokeFunction, parseResponse } from './functions';
export { Pager } from './pager';
export { LoadError, LoadingRows } from './query-state';
export { table, TableRegion, tbody, td, th, thead, tr } from './table-region';
