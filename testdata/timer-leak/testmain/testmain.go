// Package testmain: TestMain is the test binary's main; it runs once and ends the process with os.Exit(m.Run()),
// so an endless ticker loop it starts lives as long as the binary, like one main starts (quiet,
// testmain_test.go). The same loop started by an ordinary test is left behind by every run of that test (reported).
package testmain
