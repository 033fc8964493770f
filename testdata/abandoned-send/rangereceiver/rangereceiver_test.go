package rangereceiver

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWordsDoesNotLeak(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := Words("a b  c"); n != 3 {
			t.Fatalf("got %d words", n)
		}
	})
}
