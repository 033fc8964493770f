// Package closeafter: goroutines that each report a failure and close the channel right after (`blamed <- err;
// close(blamed)`). Into a buffer of one, the first report fits and its close makes every later send panic, a
// waiting one too: nobody is left blocked (a second failure is a crash, not a leak). Unbuffered, the first report
// already waits for a receiver that may have given up, and is reported.
package closeafter

import (
	"sync"
	"time"
)

// FirstBlame runs the peers and returns the first failure reported, if any.
func FirstBlame(peers []func() error) error {
	blamed := make(chan error, 1)
	var wg sync.WaitGroup
	for _, p := range peers {
		wg.Add(1)
		go func(p func() error) {
			defer wg.Done()
			if err := p(); err != nil {
				blamed <- err
				close(blamed)
			}
		}(p)
	}
	wg.Wait()
	select {
	case err := <-blamed:
		return err
	default:
		return nil
	}
}

// FirstBlameWithin waits at most d for a failure.
func FirstBlameWithin(peers []func() error, d time.Duration) error {
	blamed := make(chan error)
	for _, p := range peers {
		go func(p func() error) {
			if err := p(); err != nil {
				blamed <- err // want "^goroutines may block forever sending on unbuffered channel blamed: any number of them send but FirstBlameWithin receives none when `case <-time.After\\(d\\)` wins$"
				close(blamed)
			}
		}(p)
	}
	select {
	case err := <-blamed:
		return err
	case <-time.After(d): // related `FirstBlameWithin stops receiving from blamed here`
		return nil
	}
}
