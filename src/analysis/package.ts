import type { Tree } from 'web-tree-sitter';
import { SourceFile } from '../source/source';

/** A fact is a shared, lazily computed analysis of one package (go/analysis "Requires"). */
export interface Fact<T> {
  readonly key: string;
  compute(pkg: Package): T;
}

/** One Go package as golint-chan sees it: every parsed .go file of one directory. */
export class Package {
  private facts = new Map<string, unknown>();
  /** Notes about analysis limits hit in this package (reported as notifications). */
  readonly limits: { file: SourceFile; message: string }[] = [];
  /** Did the analysis read other packages of the module (importers.ts)? Its results then depend on their files. */
  readOtherPackages = false;

  constructor(
    readonly dir: string,
    readonly files: SourceFile[],
  ) {}

  private fileSet: Set<SourceFile> | undefined;

  /**
   * The file of the package that `tree` is a live tree of (what `files.find((f) => f.owns(tree))` finds), by the tree's
   * owner rather than by asking every file.
   */
  fileOf(tree: Tree): SourceFile | undefined {
    const f = SourceFile.of(tree);
    return f && (this.fileSet ??= new Set(this.files)).has(f) ? f : undefined;
  }

  fact<T>(f: Fact<T>): T {
    if (this.facts.has(f.key)) return this.facts.get(f.key) as T;
    const v = f.compute(this);
    this.facts.set(f.key, v);
    return v;
  }
}
