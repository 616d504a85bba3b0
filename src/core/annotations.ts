/**
 * The typed map of annotations a stage can provide. Modules that define a stage extend it by
 * declaration merging:
 *
 * ```ts
 * declare module '../core/annotations.js' {
 *   interface AnnotationMap { tokens: Token[] }
 * }
 * ```
 *
 * The key is the annotation's name; the value its type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnnotationMap {}

/** The name of an annotation. */
export type AnnotationKey = keyof AnnotationMap & string;
