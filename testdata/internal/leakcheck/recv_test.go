package leakcheck

import "testing"

func TestLeaksReceivingSeesABlockedReceiver(t *testing.T) {
	LeaksReceiving(t, 1, func() {
		ch := make(chan int)
		go func() { <-ch }()
	})
}

func TestLeaksReceivingFailsOnAFinishedReceiver(t *testing.T) {
	ft := &fakeT{TB: t}
	LeaksReceiving(ft, 1, func() {
		ch := make(chan int, 1)
		ch <- 1
		go func() { <-ch }()
	})
	if !ft.failed {
		t.Fatal("LeaksReceiving accepted a receiver that got its value")
	}
}
