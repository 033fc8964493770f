import type { Rule } from '../src/rule';
import abandonedSend from './abandoned-send';

/** Every rule, sorted by id. A meta-test checks this list against the rules/ directories. */
export const rules: readonly Rule[] = [abandonedSend];
