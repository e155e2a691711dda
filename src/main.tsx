import './noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createStudio } from './state/studio.ts';

// One editor per page: its stores, live derivations, workers and storage.
const studio = createStudio();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);
