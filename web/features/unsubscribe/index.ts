export { unsubscribeAction } from './actions';
export { UnsubscribeCard } from './unsubscribe-card';
