/**
 * Input readers: plan paths (files, directories, globs), read files (text, HTML, JSON/JSONL,
 * zip archives, RSS/Atom feeds), decode bytes (UTF-8, UTF-16, Windows-1256, ISO-8859-6).
 */
export * from './types.js';
export * from './codes.js';
export { planInputs, isReadableName, type InputPlan } from './planInputs.js';
export { readFile } from './readFile.js';
export { readBytes } from './readBytes.js';
export { rehydrate, type Rehydrated } from './rehydrate.js';
export { fileContext, memberContext, sha256Hex, type ReadContext } from './context.js';
export { decodeBytes, isDecoded, encodingForLabel, arabicScore, type Decoded, type NotText } from './decode.js';
export { detectKind, sniffKind, binaryReason, extensionOf, kindFromName, EXTENSION_KINDS, type ReadKind, type KindDecision } from './sniff.js';
export { jsonFields } from './readJson.js';
export { htmlFields, htmlDeclaredCharset, xmlDeclaredCharset } from './htmlFields.js';
export { stripTags } from './stripTags.js';
export { feedItemFields } from './readFeed.js';
