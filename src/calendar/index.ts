// Named re-exports of the calendar module; filled in as the module grows.
export {};
