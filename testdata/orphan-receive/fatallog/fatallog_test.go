package fatallog

import (
	"errors"
	"os"
	"os/exec"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// exitOf runs this test binary again for the named helper test and returns its exit status.
func exitOf(t *testing.T, helper string) int {
	cmd := exec.Command(os.Args[0], "-test.run=^"+helper+"$")
	cmd.Env = append(os.Environ(), "FATALLOG_HELPER=1")
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0
}

func TestHelperServe(t *testing.T) {
	if os.Getenv("FATALLOG_HELPER") == "1" {
		Serve()
	}
}

func TestHelperServeQuietly(t *testing.T) {
	if os.Getenv("FATALLOG_HELPER") == "1" {
		ServeQuietly()
	}
}

// A failed start ends the process: no caller is left waiting.
func TestServeEndsTheProcessWhenTheStartFails(t *testing.T) {
	if got := exitOf(t, "TestHelperServe"); got != 255 {
		t.Fatalf("exit status %d, want 255", got)
	}
	if got := exitOf(t, "TestHelperServeQuietly"); got != 1 {
		t.Fatalf("exit status %d, want 1", got)
	}
}

// The logged failure leaves ServeLogged waiting for good.
func TestServeLoggedBlocksWhenTheStartFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go ServeLogged() })
}
