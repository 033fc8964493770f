package rangewait

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDecodeTwoErrorsDeadlocks(t *testing.T) {
	// The goroutine blocks on its second error, and Decode in its range: run it in a goroutine of its own.
	leakcheck.Expect(t, 2, 1, func() {
		go func() { _, _ = Decode([]int{1, -1, -2, 3}) }()
		time.Sleep(20 * time.Millisecond)
	})
}

func TestDecodeFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = DecodeFirst([]int{1, -1, -2, 3}) })
}
