/** Full-text search: index and query (see DESIGN.md, "Search"). */
export * from './types.js';
export { indexArticles, removeArticles, clearSearchIndex, type IndexInput } from './indexArticles.js';
export { search, type SearchOptions } from './search.js';
export { reindexStore, type ReindexReport } from './reindexStore.js';
