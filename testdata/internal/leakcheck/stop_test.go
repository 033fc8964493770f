package leakcheck

import "testing"

func TestStopTFatalEndsOnlyItsGoroutine(t *testing.T) {
	reached := false
	InOwnGoroutine(func() {
		var s testing.TB = StopT{}
		s.Errorf("reported, not fatal")
		s.Fatal("ends this goroutine")
		reached = true
	})
	if reached {
		t.Fatal("StopT.Fatal did not end the goroutine")
	}
}
