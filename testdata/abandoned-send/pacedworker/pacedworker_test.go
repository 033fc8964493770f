package pacedworker

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestAskAllLeavesNothingWhenAnAnswerIsLate(t *testing.T) {
	release := make(chan struct{})
	slow := func(q string) string {
		if q == "late" {
			<-release
		}
		return q + "!"
	}
	leakcheck.Clean(t, func() {
		out := AskAll([]string{"a", "late", "c"}, slow, 5*time.Millisecond)
		if len(out) != 1 {
			t.Fatalf("got %v, want only the first answer", out)
		}
		close(release) // the late answer lands in the buffer; the worker then sees prompts closed
	})
}

func TestAskAllAnswersEverything(t *testing.T) {
	leakcheck.Clean(t, func() {
		if out := AskAll([]string{"a", "b"}, func(q string) string { return q }, time.Second); len(out) != 2 {
			t.Fatalf("got %v", out)
		}
	})
}
