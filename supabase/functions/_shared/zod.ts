// One zod for every function, with French messages for validation issues shown to users. It is
// pinned once, in deno.json's import map, at the version web/package.json installs: _shared/contract
// imports it by the same bare name, and both runtimes compile that folder.
import { z } from 'zod';

z.config(z.locales.fr());

export { z };
