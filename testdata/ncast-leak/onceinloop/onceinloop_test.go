package onceinloop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRenderIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Render([]string{"a", "b", "c"}, 1, func() error { return nil }, func(string) {})
	})
}

func TestRenderPastLeaksTheOtherFetches(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = RenderPast([]string{"a", "b", "c"}, 1, func() error { return nil }, func(string) {})
	})
}
