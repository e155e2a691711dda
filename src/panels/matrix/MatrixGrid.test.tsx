import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import inspectionFile from '../../../public/examples/inspection-egress.json';
import { inUsEast1 } from '../../engine/cost/testing.ts';
import { matrix } from '../../engine/sim/index.ts';
import type { MatrixRun } from '../../state/matrix.ts';
import { createTestStudio } from '../../state/testStudio.ts';
import { StudioProvider } from '../../state/useStudio.ts';
import { MatrixGrid } from './MatrixGrid.tsx';

const design = inUsEast1(inspectionFile);
const endpoints = ['orders', 'billing'];
const m = matrix(design, endpoints, 'tcp', 443);
const run: MatrixRun = { id: 1, design, endpoints, protocol: 'tcp', port: 443, status: 'done', rows: m.cells, done: 2 };
const render = (byCost: boolean) =>
  renderToStaticMarkup(
    <StudioProvider studio={createTestStudio()}>
      <MatrixGrid run={run} byCost={byCost} />
    </StudioProvider>,
  );

describe('the matrix coloured by cost', () => {
  it('bands each reachable cell by its round trip per GB and says the price in its title', () => {
    const html = render(true);
    // Spoke to spoke: four transit gateway entries at $0.02, there and back; the firewall is not priced.
    expect(html.match(/cost-band-3/g)).toHaveLength(2);
    expect(html).toContain('data-cost="0.08"');
    expect(html).toContain('$0.08/GB there and back, and 2 charges not priced');
  });

  it('leaves the cells uncoloured when the toggle is off', () => {
    expect(render(false)).not.toContain('cost-band');
  });
});
