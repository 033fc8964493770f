/**
 * analysis/importers.ts through the leak rules: how another package's use of an exported function decides whether
 * it runs once per process.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rules } from '../registry';
import { lintPackages } from '../driver/lint';
import { forgetModules } from '../source/module';
import { removeTempTrees, tempTree } from '../testing/temp-tree';

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

afterAll(removeTempTrees);
beforeEach(forgetModules);

async function findings(main: string): Promise<string[]> {
  const root = tempTree('glc-importers-', { 'go.mod': 'module example.com/app\n\ngo 1.21\n', 'service/service.go': SERVICE, 'cmd/app/main.go': main });
  const dir = path.join(root, 'service');
  const out = await lintPackages([{ dir, files: fs.readdirSync(dir).map((f) => ({ path: path.join(dir, f) })) }], { rules: rules.filter((r) => r.meta.id === 'abandoned-send') });
  return out.findings.map((f) => `${path.relative(root, f.file)}:${f.range.start.line}`);
}

const header = 'package main\n\nimport (\n\t"time"\n\n\t%s"example.com/app/service"\n)\n\n';

it.each([
  ['a call in main', '', 'func main() { _ = service.Warmup(time.Second) }\n', []],
  ['a call under another name', 'svc ', 'func main() { _ = svc.Warmup(time.Second) }\n', []],
  ['a call in a loop', '', 'func main() {\n\tfor i := 0; i < 3; i++ {\n\t\t_ = service.Warmup(time.Second)\n\t}\n}\n', ['service/service.go:12']],
  ['a function value handed on', '', 'var checks = []func(time.Duration) error{service.Warmup}\n\nfunc main() { _ = checks[0](time.Second) }\n', ['service/service.go:12']],
  ['a dot import, which the text cannot follow', '. ', 'func main() { _ = Warmup(time.Second) }\n', ['service/service.go:12']],
  ['a local of the same name, not the package', '', 'type local struct{}\n\nfunc (local) Warmup(time.Duration) error { return nil }\n\nfunc main() {\n\tservice := local{}\n\t_ = service.Warmup(time.Second)\n}\n', ['service/service.go:12']],
])('%s', async (_, alias, body, want) => {
  expect(await findings(header.replace('%s', alias as string) + body)).toEqual(want);
});
