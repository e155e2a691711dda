/**
 * A studio for unit tests, without a browser: the workers are in-process stand-ins
 * (workers/fakeDesignWorker.ts, workers/fakeMatrixWorker.ts), and `settled()` resolves once
 * every live derivation has answered for the current design and no matrix is running, so
 * tests await state instead of polling for it.
 */
import type { Design } from '../engine/model/index.ts';
import { FakeDesignWorker } from '../workers/fakeDesignWorker.ts';
import { FakeMatrixWorker } from '../workers/fakeMatrixWorker.ts';
import { createStudio, type Studio, type StudioOptions } from './studio.ts';

export interface TestStudioOptions extends StudioOptions {
  /** Opened at once, under this id (default `d1`). */
  readonly design?: Design;
  readonly id?: string;
}

export function createTestStudio(options: TestStudioOptions = {}): Studio {
  const studio = createStudio({
    designWorker: () => new FakeDesignWorker() as unknown as Worker,
    matrixWorker: () => new FakeMatrixWorker() as unknown as Worker,
    ...options,
  });
  if (options.design) studio.design.getState().open(options.id ?? 'd1', options.design);
  return studio;
}
