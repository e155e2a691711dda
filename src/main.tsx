import './noEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { bindPageStudio } from './state/pageStudio.ts';
import { createStudio } from './state/studio.ts';

// One editor per page: its stores, live derivations and workers; the page's storage saves its design.
const studio = createStudio();
bindPageStudio(studio);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App studio={studio} />
  </StrictMode>,
);
