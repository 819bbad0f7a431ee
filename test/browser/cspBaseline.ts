// The one Content-Security-Policy violation the browser test tolerates, and why.
//
// zod classic's object schema (`z.object`) probes whether it may compile a fast parser: it runs `new Function("")`
// once, when the first object schema is created, and swallows the error a strict CSP raises. The page still works,
// but under `script-src 'self'` the browser reports a `securitypolicyviolation` (directive script-src, blocked
// URI "eval") — noise in a ministry's CSP reports, and a red flag in a security review. zod/mini's object schema
// has no such probe.
//
// While this is true, the test accepts eval violations from that probe and nothing else. Once the schemas are on
// zod/mini the test fails with "no eval violation any more"; then set this to false, and from then on any
// violation fails it.
export const TOLERATE_ZOD_EVAL_PROBE = false;
