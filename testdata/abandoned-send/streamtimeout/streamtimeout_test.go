package streamtimeout

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// stream yields 1, 2, 0 (the last frame), then ends; slow holds each frame until release is closed.
func stream(release chan struct{}) func() (int, bool) {
	vals := []int{1, 2, 0}
	return func() (int, bool) {
		if release != nil {
			<-release
		}
		if len(vals) == 0 {
			return 0, false
		}
		v := vals[0]
		vals = vals[1:]
		return v, true
	}
}

func TestTimeoutStrandsTheDecoder(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { Frames(leakcheck.StopT{}, stream(release), time.Millisecond) })
		close(release) // the first frame comes only now, with nobody left to take it
	})
}

func TestFiniteStreamIsCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Frames(leakcheck.StopT{}, stream(nil), time.Minute) }) })
}

func TestStoppedDecoderIsClean(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { FramesUntilStopped(leakcheck.StopT{}, stream(release), time.Millisecond) })
		close(release)
	})
}

func TestReportTimeoutStrandsTheDecoder(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { FramesReport(leakcheck.StopT{}, stream(release), time.Millisecond) })
		close(release)
	})
}
