package closedflags

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// writes sends one write error and closes the stream.
func writes() <-chan error {
	ch := make(chan error, 1)
	ch <- errors.New("write failed")
	close(ch)
	return ch
}

// slowRequest fails once released.
func slowRequest(release <-chan struct{}) func() error {
	return func() error {
		<-release
		return errors.New("request failed")
	}
}

func TestUploadWaitsForBoth(t *testing.T) {
	leakcheck.Clean(t, func() {
		release := make(chan struct{})
		done := make(chan error)
		go func() { done <- Upload(slowRequest(release), writes()) }()
		close(release)
		if err := <-done; err == nil {
			t.Fatal("no error")
		}
	})
}

func TestUploadGivingUpStrandsTheRequest(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		release := make(chan struct{})
		if err := UploadGivingUp(slowRequest(release), writes()); err == nil {
			t.Fatal("no error")
		}
		close(release)
	})
}
