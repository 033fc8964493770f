package testmain

import (
	"os"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestMain(m *testing.M) {
	updates := make(chan string)
	go func() {
		for u := range updates {
			_ = u
		}
	}()
	os.Exit(m.Run())
}

// An ordinary test that starts the same goroutine leaves it behind, once per run of the test.
func TestWatcherIsLeftBehind(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		updates := make(chan string)
		go func() {
			for u := range updates { // want "^the goroutine in TestWatcherIsLeftBehind blocks forever in `for range updates`: nothing closes unbuffered channel updates, so the loop never ends$"
				_ = u
			}
		}()
	})
}
