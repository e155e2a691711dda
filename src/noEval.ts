/**
 * The page and its workers run under a Content-Security-Policy without 'unsafe-eval'. The
 * schema library compiles object parsers with `new Function` unless told not to, and its
 * probe for that is reported as a policy violation on every load even though it is caught.
 * Loaded by index.html as a script of its own ahead of main.tsx (a static import there would
 * run after the shared chunks that build schemas), and imported first by every worker.
 */
import { z } from 'zod';

z.config({ jitless: true });
