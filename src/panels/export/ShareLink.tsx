/** "Copy share link": the design in the link itself; too large a design is refused with why. */
import { useState } from 'react';
import { copyLink, shareLink } from '../../state/shareLink.ts';
import { useStudio } from '../../state/useStudio.ts';

export function ShareLink() {
  const studio = useStudio();
  const [url, setUrl] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const copy = async () => {
    const link = shareLink(studio.getDesign());
    setRefusal(link.ok ? undefined : link.reason);
    setUrl(link.ok ? link.url : undefined);
    if (link.ok) await copyLink(link.url, studio.notify);
  };
  return (
    <section className="export-section" aria-label="Share link">
      <h3>Share link</h3>
      <p className="muted">The design travels inside the link; nothing is uploaded. Whoever opens it sees it read-only and can save a copy.</p>
      <div className="export-row">
        <button type="button" onClick={() => void copy()}>Copy share link</button>
      </div>
      {refusal && <p role="alert" className="panel-error">{refusal}</p>}
      {url && <input className="share-url" readOnly value={url} aria-label="Share link" onFocus={(e) => e.target.select()} />}
    </section>
  );
}
