package stopchan

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRenderLeaksWhenStopped(t *testing.T) {
	stop := make(chan struct{})
	close(stop)
	release := make(chan struct{})
	slow := func(p string) []byte {
		<-release
		return []byte(p)
	}
	leakcheck.Leaks(t, 1, func() {
		if b := Render("index", stop, slow); b != nil {
			t.Fatal("expected stop to win")
		}
		close(release)
	})
}

func TestRenderDoesNotLeakWhenRendered(t *testing.T) {
	leakcheck.Clean(t, func() {
		if b := Render("index", make(chan struct{}), func(p string) []byte { return []byte(p) }); string(b) != "index" {
			t.Fatalf("got %q", b)
		}
	})
}
