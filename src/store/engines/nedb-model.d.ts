// NeDB's own update semantics, used to build the document of an upsert in one write.
declare module '@seald-io/nedb/lib/model.js' {
  export function modify(doc: object, update: object): Record<string, unknown>;
}
