package closedrows

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// rowsThen returns n rows, then err.
func rowsThen(n int, err error) func() (int, error) {
	return func() (int, error) {
		if n == 0 {
			return 0, err
		}
		n--
		return n, nil
	}
}

// All rows written and the stream closed: nothing is left.
func TestExportWritesEveryRow(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Export(rowsThen(3, ErrDone), func(int) error { return nil }); err != nil {
			t.Fatal(err)
		}
	})
}

// The first write fails while the goroutine's next fetch fails too: its error is never taken.
func TestExportStrandsTheFetchErrorWhenAWriteFails(t *testing.T) {
	fetched := make(chan struct{})
	next := func() (int, error) {
		select {
		case <-fetched:
			return 0, errors.New("fetch failed")
		default:
			close(fetched)
			return 1, nil
		}
	}
	write := func(int) error {
		time.Sleep(10 * time.Millisecond) // the goroutine is at its second fetch's error by now
		return errors.New("write failed")
	}
	leakcheck.Leaks(t, 1, func() {
		if err := Export(next, write); err == nil {
			t.Fatal("want the write's error")
		}
	})
}
