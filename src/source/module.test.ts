import * as path from 'path';
import { forgetModules, importedPaths, importPathOf, moduleOf, packageFilesIn, parseModulePath } from './module';
import { removeTempTrees, tempTree } from '../testing/temp-tree';

afterAll(removeTempTrees);
beforeEach(forgetModules);

describe('parseModulePath', () => {
  it.each([
    ['module example.com/app\n\ngo 1.21\n', 'example.com/app'],
    ['// c\nmodule "example.com/q" // why\n', 'example.com/q'],
    ['go 1.21\n', undefined],
  ])('%j', (text, want) => expect(parseModulePath(text)).toBe(want));
});

describe('importedPaths', () => {
  it('reads single and grouped imports, not comments or later string literals', () => {
    const text = [
      'package p',
      '// import "not/this"',
      'import "fmt"',
      'import (',
      '\tsvc "example.com/app/service" /* "nor/this" */',
      '\t_ "embed"',
      ')',
      'var s = "example.com/app/other"',
    ].join('\n');
    expect(importedPaths(text)).toEqual(['fmt', 'example.com/app/service', 'embed']);
  });
});

describe('moduleOf', () => {
  it("indexes the module's importers, as ./... sees the tree", () => {
    const root = tempTree('glc-module-', {
      'go.mod': 'module example.com/app\n',
      'service/s.go': 'package service\n',
      'cmd/a/main.go': 'package main\nimport "example.com/app/service"\nfunc main() {}\n',
      'cmd/a/_skip.go': 'package main\nimport "example.com/app/service"\n',
      'vendor/v/v.go': 'package v\nimport "example.com/app/service"\n',
      'x/testdata/t.go': 'package t\nimport "example.com/app/service"\n',
      'nested/go.mod': 'module example.com/nested\n',
      'nested/n.go': 'package n\nimport "example.com/app/service"\n',
    });
    const m = moduleOf(path.join(root, 'service'))!;
    expect(m.path).toBe('example.com/app');
    expect(importPathOf(m, path.join(root, 'service'))).toBe('example.com/app/service');
    expect(importPathOf(m, root)).toBe('example.com/app');
    expect(m.importers.get('example.com/app/service')).toEqual([path.join(root, 'cmd/a/main.go')]);
    expect(packageFilesIn(path.join(root, 'cmd/a'))).toEqual([path.join(root, 'cmd/a/main.go')]);
    // The nested module is a module of its own.
    expect(moduleOf(path.join(root, 'nested'))!.path).toBe('example.com/nested');
  });

  it('is undefined without a go.mod or a module line', () => {
    const root = tempTree('glc-module-', { 'go.mod': 'go 1.21\n', 'p/p.go': 'package p\n' });
    expect(moduleOf(path.join(root, 'p'))).toBeUndefined();
  });
});
