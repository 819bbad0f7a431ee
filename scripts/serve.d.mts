// Types for scripts/serve.mjs, for the browser test.
export declare const STRICT_CSP: string;
export interface Served {
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The CSP violation reports received at /csp-report, as parsed JSON. */
  readonly reports: unknown[];
  close(): Promise<void>;
}
export declare function serve(options: { mounts: Record<string, string>; port?: number; csp?: string }): Promise<Served>;
