/** Every right-hand panel, one line each. */
import { lazy } from 'react';
import { FindingsCount } from '../../panels/findings/FindingsCount.tsx';
import { Inspector } from '../../panels/inspector/Inspector.tsx';
import { TraceTabBadge } from '../../panels/trace/TraceTabBadge.tsx';
import { registerPanel } from './registry.ts';

registerPanel({ id: 'inspector', title: 'Inspector', order: 10, component: Inspector });
registerPanel({ id: 'designs', title: 'Designs', order: 90, component: lazy(() => import('../../panels/designs/DesignList.tsx')) });
registerPanel({ id: 'findings', title: 'Findings', order: 20, component: lazy(() => import('../../panels/findings/FindingsPanel.tsx')), tabBadge: FindingsCount });
registerPanel({ id: 'gallery', title: 'Examples', order: 80, component: lazy(() => import('../../panels/gallery/GalleryPanel.tsx')) });
registerPanel({ id: 'trace', title: 'Trace', order: 30, component: lazy(() => import('../../panels/trace/TracePanel.tsx')), tabBadge: TraceTabBadge });
registerPanel({ id: 'matrix', title: 'Matrix', order: 35, component: lazy(() => import('../../panels/matrix/MatrixPanel.tsx')) });
registerPanel({ id: 'import', title: 'Import', order: 75, component: lazy(() => import('../../panels/import/ImportPanel.tsx')) });
registerPanel({ id: 'export', title: 'Export', order: 70, component: lazy(() => import('../../panels/export/ExportPanel.tsx')) });
registerPanel({ id: 'history', title: 'History', order: 85, component: lazy(() => import('../../panels/history/HistoryPanel.tsx')) });
