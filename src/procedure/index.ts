// Named re-exports of the procedure module; filled in as the module grows.
export {};
