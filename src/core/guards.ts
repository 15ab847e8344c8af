// Narrowing of untyped YAML data, shared by every module that walks documents.

export type Rec = Record<string, unknown>;

/** a mapping (not a list, not null) */
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
