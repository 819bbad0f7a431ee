// Named re-exports of the forms module; filled in as the module grows.
export {};
