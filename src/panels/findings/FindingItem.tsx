/** One finding: rule id, message, link to the AWS documentation, and its quick fixes. */
import { memo } from 'react';
import type { Finding } from '../../engine/rules/types.ts';
import { useStudio } from '../../state/useStudio.ts';
import { applyQuickFix } from './applyQuickFix.ts';
import { Message } from './Message.tsx';

/** Only real web links are rendered as links; anything else (javascript:, data:) is dropped. */
const isWebLink = (url: string) => /^https:\/\//i.test(url);

interface Props {
  readonly finding: Finding;
  readonly onFocus: (ids: readonly string[]) => void;
}

export const FindingItem = memo(function FindingItem({ finding, onFocus }: Props) {
  const studio = useStudio();
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.ruleId}>
      <button type="button" className="finding-focus" title="Select on the canvas" onClick={() => onFocus(finding.resourceIds)}>
        <span className="finding-rule">{finding.ruleId}</span>
        <Message text={finding.message} />
      </button>
      {isWebLink(finding.docUrl) && (
        <a className="finding-doc" href={finding.docUrl} target="_blank" rel="noopener noreferrer">
          AWS documentation
        </a>
      )}
      {finding.fixes && finding.fixes.length > 0 && (
        <ul className="finding-fixes" aria-label="Quick fixes">
          {finding.fixes.map((fix) => (
            <li key={fix.id}>
              <button type="button" className="fix-button" data-fix={fix.id} onClick={() => applyQuickFix(studio, fix)}>
                {fix.title}
              </button>
              {fix.description && <p className="fix-description">{fix.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
