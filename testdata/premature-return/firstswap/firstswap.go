// Package firstswap: workers that report the first failure into a buffer of one, waited for with a WaitGroup before
// the buffer is read. Behind `failed.CompareAndSwap(false, true)` only the first failing worker sends, whatever the
// number of workers: the buffer holds it (quiet). Without it, a second failure blocks its worker, and the Wait with it
// (reported).
package firstswap

import (
	"sync"
	"sync/atomic"
)

// RunAll runs every task on its own goroutine and returns the first failure.
func RunAll(tasks []func() error) error {
	var (
		wg     sync.WaitGroup
		failed atomic.Bool
	)
	errCh := make(chan error, 1)
	for _, task := range tasks {
		wg.Add(1)
		go func(task func() error) {
			defer wg.Done()
			if err := task(); err != nil {
				if failed.CompareAndSwap(false, true) {
					errCh <- err
				}
			}
		}(task)
	}
	wg.Wait()
	select {
	case err := <-errCh:
		return err
	default:
		return nil
	}
}

// RunAllEager sends every failure.
func RunAllEager(tasks []func() error) error {
	var wg sync.WaitGroup
	errCh := make(chan error, 1)
	for _, task := range tasks {
		wg.Add(1)
		go func(task func() error) {
			defer wg.Done()
			if err := task(); err != nil {
				errCh <- err // want "^goroutine may block forever sending on channel errCh \\(capacity 1\\): RunAllEager waits in `wg.Wait\\(\\)` for every sender to finish before it receives, and the buffer cannot hold all their values$"
			}
		}(task)
	}
	wg.Wait()
	select {
	case err := <-errCh:
		return err
	default:
		return nil
	}
}

// RunAllCounted is RunAll with a counter of its own instead of the flag: it strands no one either.
func RunAllCounted(tasks []func() error) error {
	var wg sync.WaitGroup
	var failed int32
	errCh := make(chan error, 1)
	for _, task := range tasks {
		wg.Add(1)
		go func(task func() error) {
			defer wg.Done()
			if err := task(); err != nil && atomic.CompareAndSwapInt32(&failed, 0, 1) {
				errCh <- err
			}
		}(task)
	}
	wg.Wait()
	if len(errCh) > 0 {
		return <-errCh
	}
	return nil
}
