/** Example designs: the landing-zone problems the studio was built around, one click to open. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { examplesQuery, type ExampleEntry } from '../../state/examples.ts';
import { useStudio } from '../../state/useStudio.ts';
import { openExample } from './openExample.ts';
import './gallery.css';

export default function GalleryPanel() {
  const client = useQueryClient();
  const examples = useQuery(examplesQuery);
  const [opening, setOpening] = useState<string | undefined>();
  const studio = useStudio();

  const open = async (entry: ExampleEntry) => {
    setOpening(entry.id);
    try {
      await openExample(studio, client, entry);
    } finally {
      setOpening(undefined);
    }
  };

  return (
    <section className="gallery-panel" aria-label="Examples">
      <header>
        <h2>Examples</h2>
        <p className="muted">Each opens as a new design; the one you have open stays in Designs.</p>
      </header>
      {examples.isPending && <p className="muted">Loading examples…</p>}
      {examples.isError && (
        <p role="alert" className="gallery-error">
          The examples could not be loaded: {examples.error.message}
        </p>
      )}
      {examples.data?.length === 0 && <p className="muted">No examples are published with this build.</p>}
      <ul className="gallery-list">
        {examples.data?.map((entry) => (
          <li key={entry.id} className="gallery-item" data-example={entry.id}>
            <h3>{entry.title}</h3>
            {entry.summary && <p>{entry.summary}</p>}
            <button type="button" disabled={opening !== undefined} onClick={() => void open(entry)}>
              {opening === entry.id ? 'Opening…' : 'Open as new design'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
