package senddefault

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCopyDoesNotLeakWhenNobodyListens(t *testing.T) {
	leakcheck.Clean(t, func() {
		src := []byte("hello")
		Copy(make([]byte, len(src)), src, FirstOrNone)
	})
}
