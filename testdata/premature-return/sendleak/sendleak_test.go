package sendleak

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test forces the early return: the goroutine stays blocked on its send.

func TestSaveLeaksOnInvalidObject(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = Save(Object{}) })
}

func TestSaveIsCleanOnValidObject(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Save(Object{Key: "k"}) })
}

func TestSizeLeaksOnEmptyPath(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = Size("") })
}

func TestRefreshLeaksOnNoDocs(t *testing.T) {
	ix := &Indexer{}
	leakcheck.Leaks(t, 1, func() { _, _ = ix.Refresh(nil) })
}

func TestConvertLeaksOnBinary(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = Convert("binary", []byte("x")) })
}

func TestLinesLeaksOnNegativeLimit(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = Lines("a\nb", -1) })
}

func TestFirstEnabledLeaksEverySenderWhenDisabled(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { FirstEnabled([]string{"a", "b"}, false) })
}
