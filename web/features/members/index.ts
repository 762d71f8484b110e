export { MemberProfile } from './member-profile';
export { fetchMemberPosts, fetchMemberProfile } from './queries';
