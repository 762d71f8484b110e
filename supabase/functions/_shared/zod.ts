// One zod for every function, with French messages for validation issues shown to users.
import { z } from 'npm:zod@4.6.7';

z.config(z.locales.fr());

export { z };
