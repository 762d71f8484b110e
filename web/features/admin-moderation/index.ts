export { ModerationQueue } from './moderation-queue';
export { MutedMembers } from './muted-members';
