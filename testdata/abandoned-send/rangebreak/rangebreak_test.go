package rangebreak

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func failing(string) error { return errors.New("fail") }

func TestWalkLeavesTheGeneratorSending(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = Walk([]string{"a", "b", "c"}, failing) })
}

func TestWalkAllIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = WalkAll([]string{"a", "b", "c"}, failing) })
}
