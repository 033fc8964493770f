package closedbysender

import (
	"io"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The reader closes end only after its last send: Tail takes every line and nothing is left behind.
func TestTailLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 50; i++ {
			if got := Tail(strings.NewReader("a\nb\nc\n")); got != "c" {
				t.Fatalf("Tail = %q", got)
			}
		}
	})
}

// An interrupt on its way when the input ends: Interactive returns through <-end and the forwarder is stranded.
func TestInteractiveStrandsTheForwarder(t *testing.T) {
	held, release := make(chan struct{}), make(chan struct{})
	onInterrupt = func() { close(held); <-release }
	defer func() { onInterrupt = func() {} }()
	leakcheck.Leaks(t, 1, func() {
		pr, pw := io.Pipe()
		interrupts := make(chan struct{}, 1)
		done := make(chan []string)
		go func() { done <- Interactive(pr, interrupts) }()
		interrupts <- struct{}{}
		<-held         // the forwarder has the interrupt
		pw.Close()     // the input ends: the reader closes end
		got := <-done  // Interactive has returned
		close(release) // the forwarder goes on to its send
		if len(got) != 0 {
			t.Fatalf("got %q", got)
		}
	})
}
