/** The designs kept in this browser: new, open, rename, duplicate, delete. */
import { useEffect, useState } from 'react';
import { useDesignStore } from '../../state/designStore.ts';
import { useLibraryStore } from '../../state/library.ts';
import { useStudio } from '../../state/useStudio.ts';
import type { DesignEntry } from '../../state/persistence.ts';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Entry({ entry, open }: { entry: DesignEntry; open: boolean }) {
  const { library } = useStudio().storage;
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(entry.name);
  const finish = () => {
    setEditing(false);
    if (name.trim() && name !== entry.name) void library.renameDesign(entry.id, name.trim());
  };
  return (
    <li className={`design-entry${open ? ' is-open' : ''}`} data-testid="design-entry">
      {editing ? (
        <input aria-label="New name" value={name} autoFocus onChange={(e) => setName(e.target.value)} onBlur={finish} onKeyDown={(e) => e.key === 'Enter' && finish()} />
      ) : (
        <button type="button" className="design-open" onClick={() => void library.openDesign(entry.id)} disabled={open}>
          <span className="design-title">{entry.name || 'Untitled design'}</span>
          <span className="muted">{open ? 'Open now' : `Saved ${when(entry.updatedAt)}`}</span>
        </button>
      )}
      <div className="design-actions">
        <button type="button" className="link-button" onClick={() => { setName(entry.name); setEditing(true); }}>Rename</button>
        <button type="button" className="link-button" onClick={() => void library.duplicateDesign(entry.id)}>Duplicate</button>
        <button
          type="button"
          className="link-button danger-text"
          onClick={() => {
            if (window.confirm(`Delete “${entry.name}” from this browser? This cannot be undone.`)) void library.removeDesign(entry.id);
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

export default function DesignList() {
  const { library } = useStudio().storage;
  const entries = useLibraryStore((s) => s.entries);
  const openId = useDesignStore((s) => s.designId);
  useEffect(() => void library.refreshLibrary(), [library]);
  return (
    <div className="design-list">
      <button type="button" className="primary" onClick={() => void library.createDesign()}>New design</button>
      <ul>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} open={entry.id === openId} />
        ))}
      </ul>
      <p className="muted">Designs are kept in this browser only. Export a design to keep a file of it.</p>
    </div>
  );
}
