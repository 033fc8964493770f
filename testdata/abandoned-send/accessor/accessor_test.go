package accessor

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestWorkersTakesTheCount(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := Workers(3); n != 3 {
			t.Errorf("Workers(3) = %d", n)
		}
	})
}

func TestForgetLeaksTheSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Forget(3) })
}

func TestFeedFirstTakesTheItem(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := NewFeed().First(); n != 1 {
			t.Errorf("First = %d", n)
		}
	})
}

func TestServerAnswers(t *testing.T) {
	s := NewServer()
	if n := <-s.Send(); n != 1 {
		t.Errorf("answer = %d", n)
	}
}

func TestResultsAreReceivedByTheCaller(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := <-Results(); n != 1 {
			t.Errorf("result = %d", n)
		}
	})
}
