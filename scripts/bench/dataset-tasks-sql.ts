// Generation steps for tasks: three per dossier on average, for its candidate (four in five) or its
// pro, due from 20 days ago to 40 days ahead (one in ten undated), a third asking for a document;
// 60 % open, 30 % done, 10 % cancelled. Their timeline gets each task's creation.
import { idSql as id, textArray } from './ids.ts';
import type { Step } from './dataset-sql.ts';
import type { Sizes } from './sizes.ts';

const KINDS = textArray(['passport', 'language_test', 'police_certificate', 'medical_exam', 'proof_of_funds', 'photo']);

export function taskSteps(s: Sizes): Step[] {
  return [{
    name: 'tasks',
    sql: `
      insert into public.tasks (dossier_id, assignee_id, created_by, title, note, due_on, document_kind, status, closed_at,
                                created_at, updated_at)
      select d.id, case when g.n % 5 = 0 and d.pro_id is not null then d.pro_id else d.candidate_id end, d.pro_id,
             'Tâche ' || g.n, '', case when g.n % 10 <> 0 then current_date + (g.n * 7) % 61 - 20 end,
             case when g.n % 3 = 0 then (${KINDS})[1 + g.n % 6] end, x.status,
             case when x.status <> 'open' then g.at + interval '5 days' end, g.at, g.at
      from (select n, now() - interval '60 days' * random() as at from generate_series(1, ${s.tasks}) n) g
      cross join lateral (select (case when g.n % 10 < 6 then 'open' when g.n % 10 < 9 then 'done' else 'cancelled' end)
                                   ::public.task_status as status) x
      join public.dossiers d on d.id = ${id('dossier', `1 + (g.n - 1) % ${s.dossiers}`)}
      order by g.at`,
  }, {
    name: 'task timeline (task_events)',
    sql: `
      insert into public.task_events (task_id, dossier_id, event, actor_id, created_at)
      select t.id, t.dossier_id, 'created', t.created_by, t.created_at from public.tasks t order by t.created_at`,
  }];
}
