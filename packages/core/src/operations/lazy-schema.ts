/**
 * A schema built on first use and then kept: every caller gets the one instance. Building all of the core's zod
 * schemas when the core is imported cost a one-shot CLI call (`crazyrouter models`, which reads one small
 * answer) about a quarter of its run, so the schema modules export their schemas through this and the
 * operations read them through getters.
 */
export function lazySchema<Schema>(build: () => Schema): () => Schema {
  let schema: Schema | undefined;
  return () => (schema ??= build());
}
