/** The validation worker's work, as a plain function so it is tested without a worker. */
import { DESIGN_FORMAT, DESIGN_VERSION } from '../engine/model/index.ts';
import { createValidator } from '../engine/rules/index.ts';
import type { Finding } from '../engine/rules/types.ts';
import { createReceiver, type ValidationAnswer, type ValidationRequest } from './validationPatch.ts';

export function createValidationJob(): (request: ValidationRequest) => ValidationAnswer {
  const receive = createReceiver({ format: DESIGN_FORMAT, version: DESIGN_VERSION });
  const validator = createValidator();
  let last: readonly Finding[] | undefined;
  return (request) => {
    const { version } = request;
    try {
      const findings = validator.validate(receive(request));
      const answer: ValidationAnswer = findings === last ? { type: 'unchanged', version } : { type: 'findings', version, findings };
      last = findings;
      return answer;
    } catch (error) {
      return { type: 'error', version, message: error instanceof Error ? error.message : String(error) };
    }
  };
}
