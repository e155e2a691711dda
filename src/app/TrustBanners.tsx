/** The strips under the top bar that keep work safe: storage failures and other tabs. */
import { StorageWarning } from './StorageWarning.tsx';
import { TabBanner } from './TabBanner.tsx';
import './trust.css';

export function TrustBanners() {
  return (
    <>
      <StorageWarning />
      <TabBanner />
    </>
  );
}
