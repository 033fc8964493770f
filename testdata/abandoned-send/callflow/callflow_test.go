package callflow

import (
	"context"
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDoLeaksOnTimeout(t *testing.T) {
	c := &client{delay: 20 * time.Millisecond}
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
		defer cancel()
		if _, err := c.Do(ctx, 1); err == nil {
			t.Fatal("expected the timeout")
		}
	})
}

func TestFireLeaks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Fire(func() error { return errors.New("x") }) })
}

func TestFireBlankLeaks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { FireBlank(func() {}) })
}

func TestWaitIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Wait(func() error { return nil }) })
}

func TestFirstStrandsTheStages(t *testing.T) {
	// double is stuck sending, and read is stuck sending to double.
	leakcheck.Leaks(t, 2, func() {
		if First(10, 3) == nil {
			t.Fatal("expected the limit")
		}
	})
}

func TestSumIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Sum(10) })
}

func TestReportLeaksAtTheDeadline(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := produce(1 << 30)
		got := collect(in, time.After(2*time.Millisecond))
		if len(got) == 0 {
			t.Fatal("expected some values")
		}
	})
	leakcheck.Leaks(t, 1, func() { Report(1<<30, 2*time.Millisecond) })
}

func TestCountIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Count(5) })
}

func TestFirstTickIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { FirstTick(context.Background()) })
}

func TestIgnoreIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Ignore() })
}

func TestRestoreLeaksWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() { Restore(ctx) })
}

func TestRestoreSomeIsClean(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Clean(t, func() { RestoreSome(ctx) })
}

func TestScrapeStrandsTheLoop(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if Scrape(time.Second, true) == nil {
			t.Fatal("expected the first error")
		}
	})
}

func TestLatestLeaksAtTheDeadline(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Latest(1<<30, time.Nanosecond) })
}

func TestTakeStrandsTheStage(t *testing.T) {
	r := &resolver{}
	leakcheck.Leaks(t, 1, func() { r.Take([]int{1, 2, 3}, 1) })
}
