package setnil

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCcBlocksForever(t *testing.T) {
	// Run in a goroutine: called directly, cc would block the test itself.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive (nil chan)": 1}, func() { go cc() })
}
