package givesuplater

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() (string, error)  { return "id", nil }
func bad() (string, error) { return "", errors.New("no") }
func one() (int, error)    { return 1, nil }
func broken() (int, error) { return 0, errors.New("no") }

// Attach and Split leave nothing behind, whatever start or f does.
func TestAttachAndSplitLeaveNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for i := 0; i < 50; i++ {
			got := make(chan string, 2)
			Attach(ok, func(id string) { got <- id })
			Attach(bad, func(id string) { got <- id })
			<-got
			<-got
			Split(one)
			Split(broken)
		}
	})
}

// AttachEager strands its goroutine at the ids send: the loop took status first and returned.
func TestAttachEagerStrandsTheID(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		got := make(chan string, 1)
		AttachEager(ok, func(id string) { got <- id })
		<-got
	})
}

// SplitEarly strands its goroutine at the error send when the select takes the close first.
func TestSplitEarlyStrandsTheError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		for {
			if _, err := SplitEarly(broken); err == nil {
				return // the close won: the error send is stranded
			}
		}
	})
}
