/** A sentence read from CoNLL-style text: tokens and, when present, the last column as tags. */
export interface ConllSentence {
  readonly tokens: string[];
  /** Tags from the last column (`''` for a line with one column). */
  readonly tags: string[];
}

/**
 * Read CoNLL-style text: one token per line, a blank line between sentences; columns are split
 * on tabs or spaces, the first is the token and the last (when there are two or more) its tag;
 * extra columns are ignored. Lines starting with `-DOCSTART-` are sentence breaks. CRLF is
 * accepted. Never throws.
 */
export function conllToSentences(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (tokens.length > 0) out.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    const cols = line.trim().split(/[\t ]+/);
    tokens.push(cols[0] as string);
    tags.push(cols.length > 1 ? (cols[cols.length - 1] as string) : '');
  }
  flush();
  return out;
}

/** Write tagged sentences as `token<TAB>tag` lines with a blank line after each sentence. */
export function formatConll(sentences: readonly { readonly tokens: readonly string[]; readonly tags: readonly string[] }[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) parts.push(`${s.tokens[i]}\t${s.tags[i] ?? 'O'}\n`);
    parts.push('\n');
  }
  return parts.join('');
}
