package multisend

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstMatchLeaksOnASecondMatch(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if l, ok := FirstMatch([]string{"a go b", "c", "go d"}, "go"); !ok || l != "a go b" {
			t.Fatalf("got %q, %v", l, ok)
		}
	})
}

func TestFirstMatchDoesNotLeakOnOneMatch(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, ok := FirstMatch([]string{"a", "go", "b"}, "go"); !ok {
			t.Fatal("expected a match")
		}
		if _, ok := FirstMatch([]string{"a", "b"}, "go"); ok {
			t.Fatal("expected no match")
		}
	})
}
