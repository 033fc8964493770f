package cmd

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each command's run leaves its workers waiting for more, and the program runs one command: one pool per process.
func TestEachCommandLeavesOnePool(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() {
		root := NewRoot()
		root.SetArgs([]string{"work", "a", "b", "c"})
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
	})
	leakcheck.LeaksReceiving(t, 1, func() {
		root := NewRoot()
		root.SetArgs([]string{"drain", "a"})
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
	})
}

// The serve command's HTTP handler leaves a pool per request: they pile up in one process.
func TestBatchLeavesAPoolPerRequest(t *testing.T) {
	leakcheck.LeaksReceiving(t, 6, func() {
		for i := 0; i < 3; i++ {
			batch([]int{1, 2})
		}
	})
}
