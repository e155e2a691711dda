/**
 * The strips under the top bar that keep work safe: storage failures and other tabs. One
 * at a time tells the state of the open design: while another tab edits it, the tab banner
 * (which also tells of a change here that was not saved); otherwise the storage warning.
 */
import { useTabStore } from '../state/tabs.ts';
import { StorageWarning } from './StorageWarning.tsx';
import { TabBanner } from './TabBanner.tsx';
import './trust.css';

export function TrustBanners() {
  const watching = useTabStore((s) => s.role === 'watching');
  return watching ? <TabBanner /> : <StorageWarning />;
}
