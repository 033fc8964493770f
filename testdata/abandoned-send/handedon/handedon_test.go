package handedon

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunIsCleanWhenTheCallerReads(t *testing.T) {
	leakcheck.Clean(t, func() {
		in := make(chan int, 2)
		in <- 1
		in <- 2
		close(in)
		s := &Stage{}
		for range s.Run(in) {
		}
	})
}

func TestStartedLeaksTheCopier(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := make(chan int, 1)
		in <- 1
		close(in)
		if !(&Stage{}).Started(in) {
			t.Fatal("no channel")
		}
	})
}
