package leaks

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each flagged operation parks its goroutine on a nil channel: the stack says "(nil chan)".

const (
	nilRecv = "chan receive (nil chan)"
	nilSend = "chan send (nil chan)"
)

func TestWatchLeaksItsRanger(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, Watch)
}

func TestLengthsLeaksEverySenderAndTheCaller(t *testing.T) {
	leakcheck.ExpectBlocked(t, 4, map[string]int{nilSend: 3, nilRecv: 1}, func() {
		go Lengths([]string{"a", "bb", "ccc"}, true)
	})
}

func TestLengthsIsCleanSequentially(t *testing.T) {
	leakcheck.Clean(t, func() { Lengths([]string{"a"}, false) })
}

func TestSubmitLeaksTheWorkerAndTheCaller(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilSend: 1, nilRecv: 1}, func() {
		go Submit([]Job{{1}, {2}})
	})
}

func TestAckLeaksOnWait(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go Ack("wait", false) })
}

func TestAckLeaksOnRejectEvenAfterReset(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilSend: 2}, func() {
		go Ack("reject", false)
		go Ack("reject", true)
	})
}

func TestAckIsCleanOtherwise(t *testing.T) {
	leakcheck.Clean(t, func() { Ack("skip", true) })
}

func TestReadyLeaksItsWaiter(t *testing.T) {
	// The compiler turns a one-case select into a plain receive.
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, Ready)
}
