import type { Rule } from '../src/rule';
import abandonedSend from './abandoned-send';
import doubleSend from './double-send';
import ncastLeak from './ncast-leak';
import orphanReceive from './orphan-receive';
import prematureReturn from './premature-return';

/** Every rule, sorted by id. A meta-test checks this list against the rules/ directories. */
export const rules: readonly Rule[] = [abandonedSend, doubleSend, ncastLeak, orphanReceive, prematureReturn];
