// Named re-exports of the report module; filled in as the module grows.
export {};
