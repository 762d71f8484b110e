export { EventEditor } from './event-editor';
export { EventsList } from './events-list';
export { NewEvent } from './new-event';
