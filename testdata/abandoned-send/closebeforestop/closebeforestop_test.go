package closebeforestop

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// A Reset waiting when Ticker stops is woken by the close of reset (and panics): nothing is left blocked.
func TestTickerStopWakesAWaitingReset(t *testing.T) {
	leakcheck.Clean(t, func() {
		tk := NewTicker()
		tk.Reset()
		panicked := make(chan bool, 1)
		go func() {
			defer func() { panicked <- recover() != nil }()
			time.Sleep(time.Millisecond)
			tk.Reset()
		}()
		tk.Stop()
		<-panicked
	})
}

// A Reset after Pacer stops waits forever.
func TestPacerStrandsALateReset(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		p := NewPacer()
		p.Reset()
		p.Stop()
		time.Sleep(time.Millisecond)
		go p.Reset()
	})
}

// An Add after the Wheel closed panics on the closed updates channel: nothing is left blocked.
func TestWheelCloseMakesALateAddPanic(t *testing.T) {
	leakcheck.Clean(t, func() {
		w := NewWheel()
		w.Add(1)
		panicked := make(chan bool, 1)
		w.Close()
		go func() {
			defer func() { panicked <- recover() != nil }()
			w.Add(2)
		}()
		if !<-panicked {
			t.Error("a late Add did not panic")
		}
	})
}

// An Add after a Close whose flush failed waits forever.
func TestDialStrandsAnAddAfterAFailedClose(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		d := NewDial()
		d.Add(1)
		_ = d.Close(func() error { return errors.New("flush failed") })
		go d.Add(2)
	})
}

// A Write waiting when the Batcher closes is woken by the close of lines and panics; a later one panics at once:
// nothing is left blocked.
func TestBatcherCloseMakesWritesPanic(t *testing.T) {
	leakcheck.Clean(t, func() {
		b := NewBatcher()
		b.Write("a")
		b.Flush()
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer func() { _ = recover() }()
			for {
				b.Write("x") // panics once lines is closed
			}
		}()
		time.Sleep(5 * time.Millisecond)
		b.Close()
		b.Close()
		<-done
		defer func() {
			if recover() == nil {
				t.Error("Write after Close did not panic")
			}
		}()
		b.Write("late")
	})
}

// A Write after the Spool closed waits forever.
func TestSpoolStrandsALateWrite(t *testing.T) {
	s := NewSpool()
	s.Write("a")
	s.Close()
	leakcheck.Leaks(t, 1, func() { go s.Write("late") })
}
