package closedspin

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func feed(n int) (chan int, func()) {
	items := make(chan int)
	return items, func() {
		go func() {
			for i := 0; i < n; i++ {
				items <- i
			}
			close(items)
		}()
	}
}

// Check reads until the stream is closed: nothing is left.
func TestCheckIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		items, start := feed(3)
		if err := Check(items, start); err != nil {
			t.Fatal(err)
		}
	})
}

// A stream closed after 1 of 3 items: Verify returns the first report, and its checker blocks at the next.
func TestVerifyStrandsItsCheckerOnAnEarlyClose(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		items, start := feed(1)
		if err := Verify(items, 3, start); err != errEarly {
			t.Fatalf("Verify = %v, want %v", err, errEarly)
		}
	})
}
