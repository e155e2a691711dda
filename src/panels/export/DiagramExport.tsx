/**
 * Pictures for reviews and wikis: PNG (1x, 2x) and SVG of the canvas or the selection, on
 * white or transparent, with finding badges and the trace shown on the canvas if wanted;
 * and a draw.io file that stays editable.
 */
import { useState } from 'react';
import { toDrawio } from '../../engine/io/drawio.ts';
import { useTraceStore } from '../../state/traceStore.ts';
import { useUiStore } from '../../state/uiStore.ts';
import { useStudio } from '../../state/useStudio.ts';
import { canvasLayout, diagramSvg, svgToPng, type DiagramOptions } from './diagram.ts';
import { downloadBlob, fileStem } from './download.ts';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DiagramExport() {
  const studio = useStudio();
  const selection = useUiStore((s) => s.selection);
  const traceShown = useTraceStore((s) => (s.path?.steps.length ?? 0) > 0);
  const [background, setBackground] = useState<DiagramOptions['background']>('white');
  const [badges, setBadges] = useState(true);
  const [trace, setTrace] = useState(true);
  const [scope, setScope] = useState<'canvas' | 'selection'>('canvas');
  const [busy, setBusy] = useState(false);
  const onlySelection = scope === 'selection' && selection.length > 0;

  const picture = async () => {
    const design = studio.getDesign();
    const options: DiagramOptions = { background, badges, trace: trace && traceShown, selection: onlySelection ? selection : [] };
    return { design, ...(await diagramSvg(studio, design, options)) };
  };
  const saveSvg = async () => {
    const { design, svg } = await picture();
    downloadBlob(`${fileStem(design.name)}.svg`, new Blob([svg], { type: 'image/svg+xml' }));
  };
  const savePng = async (scale: 1 | 2) => {
    setBusy(true);
    try {
      const { design, svg, width, height } = await picture();
      const png = await svgToPng(svg, width, height, scale);
      downloadBlob(`${fileStem(design.name)}${scale === 2 ? '@2x' : ''}.png`, png);
    } catch (error) {
      studio.notify(`The PNG could not be made: ${describe(error)}`, 'error');
    } finally {
      setBusy(false);
    }
  };
  const saveDrawio = () => {
    const design = studio.getDesign();
    const drawio = toDrawio(design, canvasLayout(design));
    downloadBlob(`${fileStem(design.name)}.drawio`, new Blob([drawio], { type: 'application/xml' }));
  };

  return (
    <section className="export-section" aria-label="Diagram">
      <h3>Diagram</h3>
      <div className="export-options">
        <label>
          Background
          <select value={background} onChange={(e) => setBackground(e.target.value as DiagramOptions['background'])}>
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
        <label>
          Show
          <select value={onlySelection ? 'selection' : 'canvas'} onChange={(e) => setScope(e.target.value as 'canvas' | 'selection')}>
            <option value="canvas">Whole canvas</option>
            <option value="selection" disabled={selection.length === 0}>Selection ({selection.length})</option>
          </select>
        </label>
        <label className="export-check">
          <input type="checkbox" checked={badges} onChange={(e) => setBadges(e.target.checked)} />
          Finding badges
        </label>
        <label className="export-check" title={traceShown ? 'The path the Trace panel shows' : 'Trace a flow first (Trace panel)'}>
          <input type="checkbox" checked={trace && traceShown} disabled={!traceShown} onChange={(e) => setTrace(e.target.checked)} />
          Trace path
        </label>
      </div>
      <div className="export-row">
        <button type="button" onClick={() => void savePng(1)} disabled={busy}>PNG</button>
        <button type="button" onClick={() => void savePng(2)} disabled={busy}>PNG 2x</button>
        <button type="button" onClick={() => void saveSvg()}>SVG</button>
        <button type="button" onClick={saveDrawio} title="diagrams.net / draw.io, editable in Confluence">draw.io</button>
      </div>
    </section>
  );
}
