// Lets a child Node (24) run src/ TypeScript as it is, for tests that need a process of their own
// (a private TMPDIR, an exit hook): `node --experimental-transform-types --import <this file> x.ts`.
// Node strips or transforms the types; this hook resolves the `./x.js` specifiers of src/ (as
// tsc emits them) to the `./x.ts` file beside the importer when no `.js` file is there.
import * as fs from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (fs.existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
