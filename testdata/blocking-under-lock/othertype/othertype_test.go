package othertype

import (
	"io"
	"strings"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// serve and the handler close done without the session's mutex: Close always returns.
func TestSessionCloseReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := newSession()
		go func() {
			time.Sleep(10 * time.Millisecond) // Close holds mu first
			serve(io.NopCloser(strings.NewReader("")), s)
		}()
		s.Close()
		s = newSession()
		go func() {
			time.Sleep(10 * time.Millisecond)
			handler(s)(io.Discard)
		}()
		s.Close()
		if n, _ := s.Write([]byte("x")); n != 1 {
			t.Fatal("want 1")
		}
	})
}

// Wait holds mu and waits for done; drop waits for mu in flush before it can close done: both stay blocked.
func TestLinkWaitDeadlocksWithDrop(t *testing.T) {
	l := newLink()
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, leakcheck.MutexWait(): 1}, func() {
		go l.Wait()
		time.Sleep(10 * time.Millisecond) // Wait holds mu
		go drop(l)
	})
}

// The loop stops its ticker (time.Ticker's Stop) without the reader's mutex: Stop always returns.
func TestReaderStopReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		r := newReader(time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		r.Stop()
	})
}

// load reads the buffer's Len without mu: Stash gets its answer.
func TestTrieStashReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		if n := newTrie().Stash(); n != 3 {
			t.Errorf("got %d", n)
		}
	})
}

// StashOwned holds mu and waits for loadOwned, which waits for mu in trie.Len: both stay blocked.
func TestTrieStashOwnedDeadlocks(t *testing.T) {
	tr := newTrie()
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, leakcheck.MutexWait(): 1}, func() { go tr.StashOwned() })
}

// StashInline holds mu and waits for loadInline, which waits for mu in trie.Len while working out its send.
func TestTrieStashInlineDeadlocks(t *testing.T) {
	tr := newTrie()
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan receive": 1, leakcheck.MutexWait(): 1}, func() { go tr.StashInline() })
}

// The second Lock of a held key gives up when its context is cancelled: TryHeld gets its error back.
func TestTryHeldReturns(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := TryHeld(); err == nil {
			t.Error("want the context's error")
		}
	})
}
