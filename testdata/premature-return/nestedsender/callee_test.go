package nestedsender

import (
	"testing"
	"time"
)

// watch reports one verdict on verdicts: through tell when the events end, or itself on a bad event or a timeout.
func watch(events chan bool, verdicts chan error) {
	for {
		select {
		case e, ok := <-events:
			if !ok {
				tell(true, verdicts)
				return
			}
			if !e {
				verdicts <- errFailed // want `^goroutine may block forever sending on unbuffered channel verdicts: TestVerify can return before receiving from it$`
				return
			}
		case <-time.After(time.Second):
			verdicts <- errFailed
			return
		}
	}
}

// TestVerify gives up through t.Fatalf when the check fails, before it receives: the watcher's one verdict is
// stranded for the rest of the test binary. One send, not two: tell's sends are on the path that calls it only.
func TestVerify(t *testing.T) {
	events := make(chan bool, 1)
	verdicts := make(chan error)
	go watch(events, verdicts)
	subscribe(events)
	if err := check(); err != nil {
		t.Fatalf("check: %v", err)
	}
	err := <-verdicts
	if err != nil {
		t.Fatal(err.Error())
	}
}

// subscribe hands the events channel to the code under test, which closes it when it is done.
func subscribe(events chan bool) { close(events) }

// check stands for what the test verifies first; tests may replace it.
var check = func() error { return nil }

// tell sends the verdict once, on one branch or the other.
func tell(ok bool, verdicts chan error) {
	if ok {
		verdicts <- nil
	} else {
		verdicts <- errFailed
	}
}
