// Package latestart: a compile step that may first build a module in a goroutine of its own and wait for it, giving
// up when that fails, and then starts one goroutine per target and takes one result per target. Compile gives up
// before it starts the per-target goroutines: the one goroutine started by then has sent the value it took, and
// nothing is stranded (quiet). Eager starts them first and gives up on the module's failure with all of them
// running (reported).
package latestart

import "errors"

type result struct {
	target int
	out    []byte
	err    error
}

var errBuild = errors.New("build failed")

func build(module []byte) ([]byte, error) {
	if len(module) == 0 {
		return nil, errBuild
	}
	return module, nil
}

// compileHook runs first in each target's goroutine (tests hold the targets back with it).
var compileHook = func() {}

func compile(target int, module []byte) []byte {
	compileHook()
	return append([]byte{byte(target)}, module...)
}

// Compile builds module (when first is set) and then compiles it for every target.
func Compile(module []byte, targets []int, first bool) (map[int][]byte, error) {
	results := make(chan result)
	if first {
		go func() {
			out, err := build(module)
			results <- result{target: -1, out: out, err: err}
		}()
	}
	out := make(map[int][]byte, len(targets)+1)
	if first {
		res := <-results
		if res.err != nil {
			return nil, res.err
		}
		out[res.target] = res.out
	}
	for _, t := range targets {
		go func(t int) {
			results <- result{target: t, out: compile(t, module)}
		}(t)
	}
	for range targets {
		res := <-results
		out[res.target] = res.out
	}
	return out, nil
}

// Eager starts the per-target goroutines before it waits for the module.
func Eager(module []byte, targets []int) (map[int][]byte, error) {
	results := make(chan result)
	go func() {
		out, err := build(module)
		results <- result{target: -1, out: out, err: err}
	}()
	for _, t := range targets {
		go func(t int) {
			results <- result{target: t, out: compile(t, module)} // want `^goroutines may block forever sending on unbuffered channel results: any number of them send but Eager receives only once on some paths$`
		}(t)
	}
	out := make(map[int][]byte, len(targets)+1)
	for i := 0; i <= len(targets); i++ {
		res := <-results
		if res.err != nil {
			return nil, res.err
		}
		out[res.target] = res.out
	}
	return out, nil
}
