// How much data the benchmark generates: DESIGN §6's production-like volume times a scale factor.

export type Sizes = {
  candidates: number;
  pros: number;
  admins: number;
  dossiers: number;
  documents: number;
  messages: number;
  posts: number;
  comments: number;
  likes: number;
  events: number;
  registrations: number;
  notifications: number;
  tasks: number;
};

/** DESIGN §6 at scale 1; comments, notifications and tasks are not counted in §6 and are our own assumption. */
export const FULL_SIZES: Sizes = {
  candidates: 10_000,
  pros: 200,
  admins: 3,
  dossiers: 20_000,
  documents: 200_000,
  messages: 1_000_000,
  posts: 100_000,
  comments: 100_000,
  likes: 500_000,
  events: 1_000,
  registrations: 100_000,
  notifications: 200_000,
  tasks: 60_000,
};

/** Every count times `scale`, with floors that keep each hot query meaningful at tiny scales. */
export function sizesFor(scale: number): Sizes {
  if (!(scale > 0 && scale <= 10)) throw new Error(`--scale must be in (0, 10], got ${scale}`);
  const at = (n: number, floor: number) => Math.max(floor, Math.round(n * scale));
  const candidates = at(FULL_SIZES.candidates, 20);
  const pros = at(FULL_SIZES.pros, 2);
  const users = candidates + pros + FULL_SIZES.admins;
  const posts = at(FULL_SIZES.posts, 60);
  const events = at(FULL_SIZES.events, 10);
  return {
    candidates,
    pros,
    admins: FULL_SIZES.admins,
    dossiers: at(FULL_SIZES.dossiers, 2 * candidates),
    documents: at(FULL_SIZES.documents, 200),
    messages: at(FULL_SIZES.messages, 4_000),
    posts,
    comments: at(FULL_SIZES.comments, posts),
    // Each (post, member) pair at most once: never more likes than pairs.
    likes: Math.min(at(FULL_SIZES.likes, 300), Math.floor((posts * users) / 4)),
    events,
    // Registrations are spread evenly over events, one per member and event at most.
    registrations: Math.min(at(FULL_SIZES.registrations, 200), events * users),
    notifications: at(FULL_SIZES.notifications, 400),
    tasks: at(FULL_SIZES.tasks, 120),
  };
}
