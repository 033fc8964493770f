package configoff

import (
	"runtime"
	"testing"
	"time"
)

func settled(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 100 && n != want; i++ {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// A limiter left off starts no goroutine.
func TestOffStartsNothing(t *testing.T) {
	before := runtime.NumGoroutine()
	if !Off() {
		t.Fatal("enabled")
	}
	if n := settled(before); n != before {
		t.Errorf("%d goroutines, want %d", n, before)
	}
}

// An enabled limiter nobody closes keeps its goroutine.
func TestOnLeavesItsGoroutine(t *testing.T) {
	before := runtime.NumGoroutine()
	if !On() {
		t.Fatal("no limiter")
	}
	time.Sleep(10 * time.Millisecond)
	if n := settled(before + 1); n != before+1 {
		t.Errorf("%d goroutines, want %d", n, before+1)
	}
}
