export { EventDetail } from './event-detail';
export { EventList } from './event-list';
export { buildEventCalendar, calendarFileName } from './ics';
export { eventOptions, eventsOptions, joinLinkOptions, myRegistrationOptions, myRegistrationsOptions, waitlistOptions } from './options';
export { PeriodTabs } from './period-tabs';
export { fetchEvent, fetchJoinLink, fetchMyLocalTime, type EventPeriod } from './queries';
export { seats, seatsLabel } from './seats';
