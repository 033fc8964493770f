package doneflag

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStartIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Start([]string{"a", "b", "", "c"}, 5) })
	leakcheck.Clean(t, func() { Start([]string{"a", "b", "c"}, 2) })
	leakcheck.Clean(t, func() { Start(nil, 2) })
}

func TestStartHeadedLeaksAfterAHeader(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go StartHeaded([]string{"# header", "a", ""}, 5) })
}
