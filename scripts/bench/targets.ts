// DESIGN §6's database targets, at scale 1 on a 2-core machine. Speed targets are per query
// (HotQuery.targetMs: 5 ms, admin_analytics 10 ms); the rest is here.

/** RLS cost: the member's extra time over the owner's twin (medians) is at most this... */
export const MAX_EXTRA_MS = 0.1;
/** ...or the member/owner ratio of medians at most this, whichever is looser. */
export const MAX_RATIO = 1.25;
/** Growth: at scale 3, each median at most this times its scale-1 value. */
export const MAX_GROWTH = 1.3;

export function meetsRlsCost(extraMs: number, ratio: number): boolean {
  return extraMs <= MAX_EXTRA_MS || ratio <= MAX_RATIO;
}

export const RLS_COST_TARGET = `extra ≤ ${MAX_EXTRA_MS} ms or ratio ≤ ${MAX_RATIO}×`;
