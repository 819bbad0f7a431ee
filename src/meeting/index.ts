// Named re-exports of the meeting module; filled in as the module grows.
export {};
