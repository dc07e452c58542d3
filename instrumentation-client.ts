import { z } from "zod";

// Runs in the browser before the app's own modules. zod 4 probes `new Function` when it
// builds an object schema, to compile faster parsers; the CSP has no 'unsafe-eval', so the
// probe is blocked and reported as a violation on every page with a form. Parse without it.
z.config({ jitless: true });
