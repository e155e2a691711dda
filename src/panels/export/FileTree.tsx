/** The generated files as a tree of folders, one button per file. */
import type { GeneratedFile } from '../../engine/iac/index.ts';

interface Folder {
  readonly name: string;
  readonly folders: Map<string, Folder>;
  readonly files: GeneratedFile[];
}

function buildTree(files: readonly GeneratedFile[]): Folder {
  const root: Folder = { name: '', folders: new Map(), files: [] };
  for (const file of files) {
    const parts = file.path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      let next = folder.folders.get(part);
      if (!next) folder.folders.set(part, (next = { name: part, folders: new Map(), files: [] }));
      folder = next;
    }
    folder.files.push(file);
  }
  return root;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function FolderItems({ folder, selected, onSelect }: { folder: Folder; selected: string | undefined; onSelect: (path: string) => void }) {
  return (
    <>
      {[...folder.folders.values()].sort((a, b) => a.name.localeCompare(b.name)).map((child) => (
        <li key={`dir:${child.name}`} role="treeitem" aria-expanded="true" className="file-tree-folder">
          <span className="file-tree-folder-name">{child.name}/</span>
          <ul role="group">
            <FolderItems folder={child} selected={selected} onSelect={onSelect} />
          </ul>
        </li>
      ))}
      {folder.files.map((file) => (
        <li key={file.path} role="treeitem" aria-selected={file.path === selected}>
          <button
            type="button"
            className={`file-tree-file${file.path === selected ? ' is-selected' : ''}`}
            data-path={file.path}
            onClick={() => onSelect(file.path)}
          >
            {baseName(file.path)}
          </button>
        </li>
      ))}
    </>
  );
}

export function FileTree({ files, selected, onSelect }: { files: readonly GeneratedFile[]; selected: string | undefined; onSelect: (path: string) => void }) {
  return (
    <ul className="file-tree" role="tree" aria-label="Generated files">
      <FolderItems folder={buildTree(files)} selected={selected} onSelect={onSelect} />
    </ul>
  );
}
