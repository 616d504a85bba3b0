export * from './types.js';
export * from './analyzeEvents.js';
export * from './eventsStage.js';
export * from './compareAcrossSources.js';
export * from './exportEvents.js';
export { findQuoteSpans, MAX_QUOTE_LENGTH } from './extractQuotes.js';
export { nonClaimReason } from './extractClaims.js';
export { readEntityMentions, findNameMentions } from './mentions.js';
