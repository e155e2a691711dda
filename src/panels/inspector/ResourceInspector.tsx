/** Header, name and description, then one editor per field of the kind. */
import { KINDS, removeResources, type Resource } from '../../engine/model/index.ts';
import { KindIcon } from '../../canvas/icons/KindIcon.tsx';
import { CostEstimate } from '../cost/CostEstimate.tsx';
import { ResourceFindings } from '../findings/ResourceFindings.tsx';
import { useStudio } from '../../state/useStudio.ts';
import { FieldEditor } from './FieldEditor.tsx';
import { fieldsOf } from './schemaFields.ts';
import { TextField } from './TextField.tsx';
import { VpcContents } from './VpcContents.tsx';

export function ResourceInspector({ resource }: { resource: Resource }) {
  const info = KINDS[resource.kind];
  const studio = useStudio();
  const remove = () => {
    const result = studio.apply((design) => removeResources(design, [resource.id]));
    if (result.ok) {
      studio.select([]);
      studio.notify(`Deleted ${result.ids.length} resource${result.ids.length === 1 ? '' : 's'}. Undo with Ctrl+Z.`);
    }
  };
  return (
    <div className="inspector">
      <header className="inspector-header">
        <KindIcon kind={resource.kind} size={32} />
        <div>
          <div className="inspector-kind">{info.label}</div>
          <code className="inspector-id">{resource.id}</code>
        </div>
      </header>
      {resource.source && (
        <p className="inspector-source">
          From: {resource.source.file} — <code>{resource.source.address}</code>
        </p>
      )}
      <TextField resourceId={resource.id} field="name" label="Name" value={resource.name} />
      <TextField resourceId={resource.id} field="description" label="Description" value={resource.description ?? ''} multiline optional />
      {resource.kind === 'vpc' && <VpcContents vpcId={resource.id} />}
      <div className="fields">
        {fieldsOf(resource).map((spec) => (
          <FieldEditor key={spec.key} resource={resource} spec={spec} />
        ))}
      </div>
      <ResourceFindings resourceId={resource.id} />
      <CostEstimate resource={resource} />
      <button type="button" className="danger" onClick={remove}>Delete {info.label.toLowerCase()}</button>
    </div>
  );
}
