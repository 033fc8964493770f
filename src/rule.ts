import type { Node } from 'web-tree-sitter';
import type { RuleMeta } from './types';
import type { SourceFile } from './source/source';
import type { Package } from './analysis/package';

/** A place inside a file of the package being analysed. */
export interface NodeRef {
  file: SourceFile;
  node: Node;
}

export interface ReportDescriptor<M extends string> extends NodeRef {
  messageId: M;
  data?: Readonly<Record<string, string | number>>;
  /** Secondary locations: where the partner gives up, where the goroutine starts, … */
  related?: readonly (NodeRef & { messageId: M; data?: Readonly<Record<string, string | number>> })[];
  /** The leak told in order (channel made → goroutine started → blocks → partner gives up). */
  flow?: readonly (NodeRef & { messageId: M; data?: Readonly<Record<string, string | number>> })[];
  /** Result tags beyond the rule's own, e.g. `test-failure-path` (see TEST_FAILURE_TAG). */
  tags?: readonly string[];
  fix?: {
    messageId: M;
    data?: Readonly<Record<string, string | number>>;
    edits: readonly { file: SourceFile; startIndex: number; endIndex: number; text: string }[];
  };
}

export interface RuleContext<M extends string> {
  /** Every file of one package (one directory), parsed, with shared, lazily computed facts. */
  readonly pkg: Package;
  report(d: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}
