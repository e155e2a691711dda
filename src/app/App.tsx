/** The shell: top bar, palette on the left, canvas in the centre, panels on the right. */
import { lazy, Suspense } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Canvas } from '../canvas/Canvas.tsx';
import { Palette } from '../panels/palette/Palette.tsx';
import { ShareBanner } from '../panels/share/ShareBanner.tsx';
import { useDesignStore } from '../state/designStore.ts';
import type { Studio } from '../state/studio.ts';
import { StudioProvider } from '../state/useStudio.ts';
import { useUiStore } from '../state/uiStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { RightPanel } from './RightPanel.tsx';
import { Toasts } from './Toasts.tsx';
import { TrustBanners } from './TrustBanners.tsx';
import { TopBar } from './TopBar.tsx';
import { useBootstrap } from './useBootstrap.ts';
import { useKeyboard } from './useKeyboard.ts';
import './styles.css';
import './theme.css';

const queryClient = new QueryClient();

// Loaded on first use: nothing of them is needed to draw the design.
const Finder = lazy(() => import('./Finder.tsx'));
const ShortcutSheet = lazy(() => import('./ShortcutSheet.tsx'));
const ContextMenu = lazy(() => import('./ContextMenu.tsx'));

/** The dialog or menu open over the workspace, if any. */
function Overlays() {
  const overlay = useUiStore((s) => s.overlay);
  const menu = useUiStore((s) => s.menu);
  return (
    <Suspense fallback={null}>
      {overlay === 'finder' && <Finder />}
      {overlay === 'shortcuts' && <ShortcutSheet />}
      {menu && <ContextMenu key={`${menu.x},${menu.y},${menu.target ?? ''}`} at={menu} />}
    </Suspense>
  );
}

function Workspace() {
  const ready = useBootstrap();
  const designId = useDesignStore((s) => s.designId);
  const readOnly = useUiStore((s) => s.readOnly);
  useKeyboard();
  return (
    <div className="app" data-ready={ready ? 'true' : 'false'} data-read-only={readOnly ? 'true' : undefined}>
      <TopBar />
      <ShareBanner />
      <TrustBanners />
      <div className="workspace">
        <ErrorBoundary name="Palette">
          <Palette />
        </ErrorBoundary>
        <ErrorBoundary name="Canvas">
          {/* A new design gets a fresh canvas, so fit view applies to it. */}
          {ready && <Canvas key={designId} />}
        </ErrorBoundary>
        <RightPanel />
      </div>
      <Toasts />
      <Overlays />
    </div>
  );
}

export function App({ studio }: { readonly studio: Studio }) {
  return (
    <QueryClientProvider client={queryClient}>
      <StudioProvider studio={studio}>
        <ReactFlowProvider>
          <Workspace />
        </ReactFlowProvider>
      </StudioProvider>
    </QueryClientProvider>
  );
}
