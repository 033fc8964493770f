package drain

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

const d = time.Millisecond

// fired waits until the loop has received the timer's value (fire ran), then pokes it.
func drive(t *testing.T, run func(poke, stop chan struct{}, fire func())) (poke, stop chan struct{}) {
	poke, stop = make(chan struct{}), make(chan struct{})
	fired := make(chan struct{}, 1)
	go run(poke, stop, func() {
		select {
		case fired <- struct{}{}:
		default:
		}
	})
	<-fired
	poke <- struct{}{}
	return poke, stop
}

func TestDebounceLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		drive(t, func(poke, stop chan struct{}, fire func()) { Debounce(d, poke, stop, fire) })
	})
}

func TestArmFirstLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		drive(t, func(poke, stop chan struct{}, fire func()) { ArmFirst(d, poke, stop, fire) })
	})
}

func TestBatcherLeaks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		fired := make(chan struct{}, 1)
		b := &Batcher{period: d, full: make(chan struct{}), done: make(chan struct{}), Flush: func() {
			select {
			case fired <- struct{}{}:
			default:
			}
		}}
		go b.Run()
		<-fired
		b.full <- struct{}{}
	})
}

func TestCleanLoopsFinish(t *testing.T) {
	for _, run := range []func(poke, stop chan struct{}, fire func()){
		func(poke, stop chan struct{}, fire func()) { Rearm(d, poke, stop, fire) },
		func(poke, stop chan struct{}, fire func()) { Flagged(d, poke, stop, fire) },
		func(poke, stop chan struct{}, fire func()) { RearmLater(d, poke, stop, fire) },
	} {
		leakcheck.Clean(t, func() {
			_, stop := drive(t, run)
			close(stop)
		})
	}
	leakcheck.Clean(t, func() { Once(d, make(chan struct{}), func() {}) })
	leakcheck.Clean(t, func() {
		poke, stop := make(chan struct{}), make(chan struct{})
		go Restart(time.Hour, poke, stop)
		poke <- struct{}{}
		close(stop)
	})
}
