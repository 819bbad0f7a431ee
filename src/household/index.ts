// Named re-exports of the household module; filled in as the module grows.
export {};
