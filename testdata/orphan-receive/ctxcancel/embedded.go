package ctxcancel

import (
	"context"
	"sync"
	"time"
)

// monitor holds the cancel of its monitoring context; the store types embed it, and its Stop cancels.
type monitor struct {
	mu     sync.Mutex
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// Stop ends what the store started, through the embedded monitor's field.
func (m *monitor) Stop() {
	m.mu.Lock()
	if m.cancel != nil {
		m.cancel()
		m.cancel = nil
	}
	m.mu.Unlock()
	m.wg.Wait()
}

// sqlStore starts a loop on a context whose cancel it keeps in the embedded field, which monitor.Stop reads: quiet.
type sqlStore struct {
	monitor
	checks int
}

func (s *sqlStore) StartChecks(every time.Duration) {
	s.mu.Lock()
	if s.ctx == nil {
		s.ctx, s.cancel = context.WithCancel(context.Background())
	}
	ctx := s.ctx
	s.mu.Unlock()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				s.checks++
			}
		}
	}()
}

// fileStore keeps its cancel in a field of its own, which nothing reads: its loop never ends.
type fileStore struct {
	monitor
	fctx   context.Context
	halt   context.CancelFunc
	checks int
}

func (f *fileStore) StartChecks(every time.Duration) {
	f.mu.Lock()
	if f.fctx == nil {
		f.fctx, f.halt = context.WithCancel(context.Background())
	}
	ctx := f.fctx
	f.mu.Unlock()
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done(): // want `^the loop in the goroutine in fileStore\.StartChecks never ends: its only way out is receiving from ctx\.Done\(\), and the context is made by context\.WithCancel \(line 68\) from context\.Background\(\), which is never done, and its cancel function is stored in f\.halt, a field nothing in the package reads$`
				return
			case <-t.C:
				f.checks++
			}
		}
	}()
}
