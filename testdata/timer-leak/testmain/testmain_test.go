package testmain

import (
	"os"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var beats int64

func TestMain(m *testing.M) {
	t := time.NewTicker(time.Millisecond)
	go func() {
		for range t.C {
			atomic.AddInt64(&beats, 1)
		}
	}()
	os.Exit(m.Run())
}

// An ordinary test that starts the same loop leaves it ticking, once per run of the test.
func TestBeatIsLeftTicking(t *testing.T) {
	var n int64
	leakcheck.KeepsTicking(t, 1, func() int64 { return atomic.LoadInt64(&n) }, func() {
		tk := time.NewTicker(time.Millisecond) // not reported in a test file: the endless loop below is the leak
		go func() {                            // related `the goroutine starts here`
			for range tk.C { // want `^goroutine loops over tk.C forever: it has no way to exit, so every call of the function literal in TestBeatIsLeftTicking leaks one$`
				atomic.AddInt64(&n, 1)
			}
		}()
	})
}
