package server

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each Wait blocks its goroutine for good: once per process for Server (its command), once per call for Job.
func TestWaitNeverReturns(t *testing.T) {
	leakcheck.ExpectBlocked(t, 3, map[string]int{leakcheck.WaitGroupWait(): 3}, func() {
		for i := 0; i < 3; i++ {
			j := &Job{}
			j.Start()
			go j.Finish()
		}
	})
}
