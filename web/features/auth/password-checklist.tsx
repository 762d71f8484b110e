import { useAuthText } from './auth-text';
import { passwordRules } from './password-rules';

/** The password rules, each ticked as it is met (state given in words, not colour alone). */
export function PasswordChecklist({ value }: { value: string }) {
  const text = useAuthText();
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {passwordRules.map((rule) => {
        const met = rule.test(value);
        return (
          <li key={rule.id} className={met ? 'flex items-center gap-2 text-green-800' : 'flex items-center gap-2 text-slate-600'}>
            {/* A text mark, not an icon component: this list is on public pages, whose first load is counted. */}
            <span aria-hidden="true" className="inline-flex size-4 items-center justify-center font-bold">{met ? '✓' : '○'}</span>
            {text.password.rules[rule.id]}
            <span className="sr-only">{met ? text.password.met : text.password.unmet}</span>
          </li>
        );
      })}
    </ul>
  );
}
