/** The export panel: code (Terraform, CDK), pictures and draw.io, and a share link. */
import { CodeExport } from './CodeExport.tsx';
import { DiagramExport } from './DiagramExport.tsx';
import { ShareLink } from './ShareLink.tsx';
import './export.css';

export default function ExportPanel() {
  return (
    <div className="export-panel" role="region" aria-label="Export">
      <DiagramExport />
      <ShareLink />
      <CodeExport />
    </div>
  );
}
