import { Check, Circle } from 'lucide-react';
import { passwordRules } from './schema';

/** The password rules, each ticked as it is met (state given in words, not colour alone). */
export function PasswordChecklist({ value }: { value: string }) {
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {passwordRules.map((rule) => {
        const met = rule.test(value);
        return (
          <li key={rule.id} className={met ? 'flex items-center gap-2 text-green-800' : 'flex items-center gap-2 text-slate-600'}>
            {met ? <Check aria-hidden="true" className="size-4" /> : <Circle aria-hidden="true" className="size-4" />}
            {rule.label}
            <span className="sr-only">{met ? ' : respecté' : ' : à respecter'}</span>
          </li>
        );
      })}
    </ul>
  );
}
