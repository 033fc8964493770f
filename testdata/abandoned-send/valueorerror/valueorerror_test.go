package valueorerror

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestParseIsClean(t *testing.T) {
	for _, s := range []string{"42", "x"} {
		leakcheck.Clean(t, func() { Parse(s) })
	}
}

func TestClassifyIsClean(t *testing.T) {
	for _, s := range []string{"", "abc", "abcdefghij"} {
		leakcheck.Clean(t, func() { Classify(s) })
	}
}

func TestParseWithinLeaksEitherSenderOnTimeout(t *testing.T) {
	for _, s := range []string{"42", "x"} {
		release := make(chan struct{})
		leakcheck.Leaks(t, 1, func() {
			if _, err := ParseWithin(s, func() { <-release }, time.Millisecond); err == nil || err.Error() != "timed out" {
				t.Fatalf("ParseWithin(%q) = %v, want a timeout", s, err)
			}
			close(release)
		})
	}
}

func TestParseWithinIsCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() { ParseWithin("42", func() {}, time.Minute) })
}

func TestParseAndReportLeaksTheErrorSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ParseAndReport("42") })
}
