/**
 * The page and its workers run under a Content-Security-Policy without 'unsafe-eval'. The
 * schema library compiles object parsers with `new Function` unless told not to, and its
 * probe for that is reported as a policy violation on every load even though it is caught.
 * main.tsx imports it first, and vite.config.ts builds it into the schema library's own chunk
 * (group `schema-library`), so it runs before any chunk that builds a schema; every worker
 * imports it first too.
 */
import { z } from 'zod';

z.config({ jitless: true });
