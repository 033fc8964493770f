// Package testmain: TestMain is the test binary's main; it runs once and ends the process with os.Exit(m.Run()),
// so a goroutine it starts that ranges over a channel nobody closes lives as long as the binary, like one main
// starts (quiet, testmain_test.go). The same goroutine started by an ordinary test is left behind by every run of
// that test (reported).
package testmain
