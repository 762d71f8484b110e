import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { lazyResolver } from './lazy-resolver';

const schema = z.object({ title: z.string().check(z.trim(), z.minLength(1, 'Indiquez un titre.')) });
type Values = z.infer<typeof schema>;
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('lazyResolver', () => {
  it('loads the schema at the first validation only, then answers as the schema does', async () => {
    const load = vi.fn(async () => zodResolver(schema));
    const resolver = lazyResolver<Values>(load);
    expect(load).not.toHaveBeenCalled();

    const refused = await resolver({ title: '  ' }, undefined, options);
    expect(refused.errors.title?.message).toBe('Indiquez un titre.');
    const accepted = await resolver({ title: ' Webinaire ' }, undefined, options);
    expect(accepted).toEqual({ values: { title: 'Webinaire' }, errors: {} });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('validations sent before the schema arrived share the one load', async () => {
    const load = vi.fn(async () => zodResolver(schema));
    const resolver = lazyResolver<Values>(load);
    const [first, second] = await Promise.all([resolver({ title: '' }, undefined, options), resolver({ title: 'Atelier' }, undefined, options)]);
    expect(first.errors.title?.message).toBe('Indiquez un titre.');
    expect(second.values).toEqual({ title: 'Atelier' });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
