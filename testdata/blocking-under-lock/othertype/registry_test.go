package othertype

import (
	"io"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The loader reads another package's reader without the registry's mutex: Load always returns.
func TestRegistryLoadReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		r := newRegistry(map[string]io.Reader{"a": strings.NewReader("hello")})
		if n := r.Load("a"); n != 5 {
			t.Errorf("Load = %d, want 5", n)
		}
		if n := r.Load("missing"); n != 0 {
			t.Errorf("Load = %d, want 0", n)
		}
	})
}

// The rewrite locks the copy's mutex, not the one RewriteCopy holds: it always returns.
func TestSnapshotRewriteCopyReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := newSnapshot()
		if v := s.RewriteCopy(); v != 1 {
			t.Errorf("RewriteCopy = %d, want 1", v)
		}
	})
}

// RewriteSelf holds mu and waits; its goroutine waits for mu before it can send: both stay blocked.
func TestSnapshotRewriteSelfDeadlocks(t *testing.T) {
	s := newSnapshot()
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, leakcheck.MutexWait(): 1}, func() {
		go s.RewriteSelf()
	})
}
