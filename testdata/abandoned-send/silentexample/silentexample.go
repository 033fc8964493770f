// Package silentexample: an example function in a test file runs under `go test` only when it has an output
// comment (`// Output:`); without one it is compiled and never run. A goroutine an example without output strands is
// never started (quiet); the same example with an output comment runs, and strands it (reported).
package silentexample

// Work stands for what the examples show.
func Work() int { return 1 }
