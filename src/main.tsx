import './noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { startTheme } from './app/theme.ts';
import { createStudio } from './state/studio.ts';

// Before the first paint, so a dark choice never flashes light.
startTheme();

// One editor per page: its stores, live derivations, workers and storage.
const studio = createStudio();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);
