import type { Rule } from '../src/rule';
import abandonedSend from './abandoned-send';
import blockingUnderLock from './blocking-under-lock';
import doubleSend from './double-send';
import ncastLeak from './ncast-leak';
import neverStopped from './never-stopped';
import nilChannel from './nil-channel';
import orphanReceive from './orphan-receive';
import prematureReturn from './premature-return';
import timerLeak from './timer-leak';
import unclosedRange from './unclosed-range';

/** Every rule, sorted by id. A meta-test checks this list against the rules/ directories. */
export const rules: readonly Rule[] = [abandonedSend, blockingUnderLock, doubleSend, ncastLeak, neverStopped, nilChannel, orphanReceive, prematureReturn, timerLeak, unclosedRange];
