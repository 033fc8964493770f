package pipeeof

import (
	"os/exec"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The command fails after some output: the reader sees io.EOF once the pipe is closed, and nothing is left.
func TestCopyLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		var out strings.Builder
		if err := Copy(exec.Command("sh", "-c", "echo one; echo two; exit 3"), &out); err == nil || out.String() != "one\ntwo\n" {
			t.Fatalf("err %v, out %q", err, out.String())
		}
	})
}

// The command's error reaches the reader through CloseWithError after CopyFailing returned: its report is never taken.
func TestCopyFailingStrandsTheReport(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		var out strings.Builder
		if err := CopyFailing(exec.Command("sh", "-c", "exit 3"), &out); err == nil {
			t.Fatal("want the command's error")
		}
	})
}
