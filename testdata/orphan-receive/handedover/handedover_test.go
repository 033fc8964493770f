package handedover

import (
	"errors"
	"sync"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Many callers at once start extra workers; each leaves before it takes a task, and every caller gets its answer.
func TestWriterAnswersEveryTask(t *testing.T) {
	leakcheck.Clean(t, func() {
		w := NewWriter()
		var wg sync.WaitGroup
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if err := w.Do(func() error { return errors.New("done") }); err == nil {
					t.Error("Do: want the task's error")
				}
			}()
		}
		wg.Wait()
		close(w.todo) // ends the running worker
	})
}

// A task without a function is taken and never answered: its caller waits forever.
func TestLossyStrandsTheCallerOfANilTask(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		w := NewLossy()
		go w.Do(nil)
	})
}
