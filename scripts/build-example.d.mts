// Types for scripts/build-example.mjs, for the browser test.
export declare function buildExample(options?: { outdir?: string; quiet?: boolean }): Promise<string[]>;
