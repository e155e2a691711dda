/** A read-only view of one generated file, highlighted with spans of plain text. */
import { memo, useMemo } from 'react';
import { languageOf, tokenize } from './highlight.ts';

/** Past this, colouring costs more than it helps; the text still shows in full. */
const MAX_HIGHLIGHTED = 300_000;

export const CodePreview = memo(function CodePreview({ path, contents }: { path: string; contents: string }) {
  const tokens = useMemo(
    () => tokenize(contents, contents.length > MAX_HIGHLIGHTED ? 'plain' : languageOf(path)),
    [path, contents],
  );
  return (
    <pre className="code-preview" aria-label={`Contents of ${path}`} data-testid="code-preview" tabIndex={0}>
      <code>
        {tokens.map((token, i) => (token.type === 'text' ? token.text : <span key={i} className={`tok-${token.type}`}>{token.text}</span>))}
      </code>
    </pre>
  );
});
