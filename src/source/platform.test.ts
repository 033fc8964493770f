import { constraintsAllow, evalBuildExpr, nameAllows, targetPlatform } from './platform';

const linux = { goos: 'linux', goarch: 'amd64' };
const mac = { goos: 'darwin', goarch: 'arm64' };

describe('nameAllows', () => {
  it.each([
    ['x.go', true, true],
    ['linux.go', true, true], // the first element never constrains
    ['x_linux.go', true, false],
    ['x_darwin.go', false, true],
    ['x_windows_test.go', false, false],
    ['x_linux_amd64.go', true, false],
    ['x_linux_arm64.go', false, false],
    ['x_darwin_arm64_test.go', false, true],
    ['x_arm64.go', false, true],
    ['x_unix.go', true, true], // unix is a build tag, not a file-name suffix
    ['js_plugin_test.go', true, true],
    ['mw_js_plugin_test.go', true, true],
  ])('%s: linux/amd64 %s, darwin/arm64 %s', (name, onLinux, onMac) => {
    expect(nameAllows(name, linux)).toBe(onLinux);
    expect(nameAllows(name, mac)).toBe(onMac);
  });
  it('takes android for linux and ios for darwin', () => {
    expect(nameAllows('x_linux.go', { goos: 'android', goarch: 'arm64' })).toBe(true);
    expect(nameAllows('x_darwin.go', { goos: 'ios', goarch: 'arm64' })).toBe(true);
  });
});

describe('evalBuildExpr', () => {
  it.each([
    ['linux', true],
    ['!linux', false],
    ['darwin || linux', true],
    ['linux && amd64', true],
    ['linux && arm64', false],
    ['unix && !darwin', true],
    ['(windows || plan9) && amd64', false],
    ['go1.21', true],
    ['integration', undefined],
    ['!integration', undefined],
    ['integration && windows', false],
    ['integration || linux', true],
    ['cgo', undefined],
    ['ignore', false],
    ['linux &&', undefined],
    ['(linux', undefined],
  ])('%s on linux/amd64 is %s', (expr, want) => {
    expect(evalBuildExpr(expr, linux)).toBe(want);
  });
});

describe('constraintsAllow', () => {
  it('reads //go:build before the package clause only', () => {
    expect(constraintsAllow('//go:build windows\n\npackage x\n', linux)).toBe(false);
    expect(constraintsAllow('// Copyright\n\n//go:build !windows\n// +build !windows\n\npackage x\n', linux)).toBe(true);
    expect(constraintsAllow('/* licence\n   text */\n//go:build darwin\n\npackage x\n', linux)).toBe(false);
    expect(constraintsAllow('package x\n\n//go:build windows\n', linux)).toBe(true);
    expect(constraintsAllow('//go:build integration\n\npackage x\n', linux)).toBe(true);
  });
  it('reads // +build lines: options ORed, terms ANDed, lines ANDed', () => {
    expect(constraintsAllow('// +build darwin freebsd\n\npackage x\n', linux)).toBe(false);
    expect(constraintsAllow('// +build linux,amd64 darwin\n\npackage x\n', linux)).toBe(true);
    expect(constraintsAllow('// +build linux\n// +build arm64\n\npackage x\n', linux)).toBe(false);
    expect(constraintsAllow('// +build !windows\n\npackage x\n', linux)).toBe(true);
  });
});

describe('targetPlatform', () => {
  it('follows GOOS and GOARCH, as the go command does', () => {
    expect(targetPlatform({ GOOS: 'windows', GOARCH: '386' })).toEqual({ goos: 'windows', goarch: '386' });
  });
  it('falls back to this machine for unknown values', () => {
    const p = targetPlatform({ GOOS: 'nonsense' });
    expect(p.goos).not.toBe('nonsense');
  });
});
