/** The design worker's work, as a plain function so it is tested without a worker. */
import { generate } from '../engine/iac/index.ts';
import { DESIGN_FORMAT, DESIGN_VERSION } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { checkFlow, trace } from '../engine/sim/index.ts';
import { createReceiver, type DesignAnswer, type DesignRequest, type PostedFinding } from './designMirror.ts';

/** The findings without their fixes' functions, which cannot be posted. */
export function postable(findings: readonly Finding[]): PostedFinding[] {
  return findings.map(({ fixes, ...finding }) =>
    fixes ? { ...finding, fixes: fixes.map(({ id, title, description }) => ({ id, title, ...(description === undefined ? {} : { description }) })) } : finding,
  );
}

export function createDesignJob(): (request: DesignRequest) => DesignAnswer {
  const receive = createReceiver({ format: DESIGN_FORMAT, version: DESIGN_VERSION });
  const validator = createValidator();
  let last: readonly Finding[] | undefined;
  return (request) => {
    const { id } = request;
    try {
      const design = receive(request.patch);
      if (request.type === 'trace') {
        const problem = checkFlow(design, request.flow);
        return problem ? { type: 'untraceable', id, problem } : { type: 'traced', id, result: trace(design, request.flow) };
      }
      if (request.type === 'export') return { type: 'exported', id, files: generate(design, request.format) };
      const findings = validator.validate(design);
      const answer: DesignAnswer = findings === last ? { type: 'unchanged', id } : { type: 'findings', id, findings: postable(findings) };
      last = findings;
      return answer;
    } catch (error) {
      return { type: 'error', id, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
