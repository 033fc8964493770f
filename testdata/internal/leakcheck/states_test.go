package leakcheck

import "testing"

// A state is a prefix: "chan send" also counts the send on a nil channel.
func TestExpectBlockedTellsNilChannelsApart(t *testing.T) {
	ExpectBlocked(t, 2, map[string]int{"chan receive (nil chan)": 1, "chan send (nil chan)": 1, "chan send": 1}, func() {
		var nilCh chan int
		go func() { <-nilCh }()
		go func() { nilCh <- 1 }()
	})
}

func TestExpectBlockedFailsOnTheWrongState(t *testing.T) {
	ft := &fakeT{TB: t}
	ExpectBlocked(ft, 1, map[string]int{"chan receive (nil chan)": 1}, func() {
		ch := make(chan int)
		go func() { <-ch }()
	})
	if !ft.failed {
		t.Fatal("ExpectBlocked took a receive on a made channel for a receive on a nil channel")
	}
}
