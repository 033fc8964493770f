package go124

import (
	"context"
	"runtime"
	"testing"
	"time"
)

func TestTestContextWaitsForTheValue(t *testing.T) {
	before := runtime.NumGoroutine()
	if FirstOrTestEnd(t) != 1 {
		t.Fatal("expected the value")
	}
	time.Sleep(20 * time.Millisecond)
	if n := runtime.NumGoroutine(); n > before {
		t.Fatalf("%d goroutines left behind", n-before)
	}
}

func TestCancelledContextStrandsTheSender(t *testing.T) {
	work = func() int { time.Sleep(20 * time.Millisecond); return 1 }
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := runtime.NumGoroutine()
	if FirstOrDone(ctx) != 0 {
		t.Fatal("expected the cancel to win")
	}
	time.Sleep(50 * time.Millisecond)
	if n := runtime.NumGoroutine(); n != before+1 {
		t.Fatalf("%d goroutines left behind, want 1", n-before)
	}
}
