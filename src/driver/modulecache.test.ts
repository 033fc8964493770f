/**
 * A package's findings may depend on the other packages of its module (analysis/importers.ts: an exported function
 * that every program of the module runs once per process strands nothing that lasts). The cache must not serve
 * such a result once those packages change.
 */
import * as path from 'path';
import { rules } from '../registry';
import { forgetModules } from '../source/module';
import { removeTempTrees, tempTree } from '../testing/temp-tree';
import { LintCache, lintPackagesCached } from './cache';
import type { PackageInput } from './lint';
import * as fs from 'fs';

const SERVICE = `package service

import (
	"errors"
	"time"
)

var fetch = func() error { time.Sleep(time.Hour); return nil }

func Warmup(d time.Duration) error {
	errc := make(chan error)
	go func() { errc <- fetch() }()
	select {
	case err := <-errc:
		return err
	case <-time.After(d):
		return errors.New("timeout")
	}
}
`;

const once = `package main

import (
	"time"

	"example.com/app/service"
)

func main() { _ = service.Warmup(time.Second) }
`;

const looped = `package main

import (
	"os"
	"time"

	"example.com/app/service"
)

func main() {
	for range os.Args {
		_ = service.Warmup(time.Second)
	}
}
`;

afterAll(removeTempTrees);

it('re-lints a package whose findings depend on how the other packages of its module call it', async () => {
  const root = tempTree('glc-modcache-', { 'go.mod': 'module example.com/app\n\ngo 1.21\n', 'service/service.go': SERVICE, 'cmd/app/main.go': once });
  const pkgs: PackageInput[] = ['service', 'cmd/app'].map((d) => ({
    dir: path.join(root, d),
    files: fs.readdirSync(path.join(root, d)).map((f) => ({ path: path.join(root, d, f) })),
  }));
  const cacheFile = path.join(root, 'cache.json');
  const run = async () => {
    forgetModules(); // a new CLI run
    const cache = LintCache.load(cacheFile);
    const out = await lintPackagesCached(pkgs, { rules: rules.filter((r) => r.meta.id === 'abandoned-send'), configFingerprint: 'x' }, cache);
    cache.save();
    return out;
  };
  // main calls Warmup once: the one stranded sender ends with the process.
  let out = await run();
  expect(out.findings).toEqual([]);
  // main now calls it in a loop: the service package did not change, but its result must.
  fs.writeFileSync(path.join(root, 'cmd/app/main.go'), looped);
  out = await run();
  expect(out.findings.map((f) => `${path.relative(root, f.file)}:${f.range.start.line} ${f.ruleId}`)).toEqual(['service/service.go:12 abandoned-send']);
  // The package that did not read others is still served from the cache.
  expect(out.packagesFromCache).toBe(0);
  out = await run();
  expect(out.packagesFromCache).toBe(1);
  expect(out.findings).toHaveLength(1);
});
