/** The open design's name, editable in place; typing groups into one undo step per pause. */
import { useDesignStore } from '../state/designStore.ts';
import { useStudio } from '../state/useStudio.ts';

export function DesignName() {
  const { library } = useStudio().storage;
  const name = useDesignStore((s) => s.history.present.name);
  const apply = useDesignStore((s) => s.apply);
  return (
    <input
      className="design-name"
      aria-label="Design name"
      value={name}
      maxLength={255}
      onChange={(e) => {
        const value = e.target.value;
        apply((design) => ({ ...design, name: value }), { group: 'design-name' });
      }}
      onBlur={() => setTimeout(() => void library.refreshLibrary(), 400)}
    />
  );
}
