/** A finding's message as plain text; names the rules put in `backticks` are set as code. */
import { memo } from 'react';

export const Message = memo(function Message({ text }: { text: string }) {
  const parts = text.split('`');
  // Unmatched backticks: show the message exactly as written.
  if (parts.length % 2 === 0) return <span className="finding-message">{text}</span>;
  return (
    <span className="finding-message">
      {parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part && <span key={i}>{part}</span>))}
    </span>
  );
});
