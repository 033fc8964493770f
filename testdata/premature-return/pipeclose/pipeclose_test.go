package pipeclose

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPipeCloseNeverFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		if string(ReadBack(t, []byte("x"))) != "x" || string(NewStream().ReadBack(t, []byte("y"))) != "y" {
			t.Fatal("wrong data")
		}
	})
}

func TestAFailingCheckStrandsTheReader(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() {
			ReadBackChecked(leakcheck.StopT{}, []byte("x"), func() error { return errors.New("check failed") })
		})
	})
}
