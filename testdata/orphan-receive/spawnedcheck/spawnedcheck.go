// Package spawnedcheck: a goroutine that a test starts checks an error (require.NoError, or t.Fatal under
// `if err != nil`) before it signals. A failing check there ends only that goroutine, calling FailNow off the test's
// goroutine, which go vet's testinggoroutine and testifylint's go-require report; the test expects it to pass, so
// unless the test itself makes the checked call fail before it waits, the check is not taken as a way out (Decode,
// Parse: quiet). When the test closes the reader the call reads, before it waits, the check fails for sure and the
// wait is for good (DecodeClosed: reported).
package spawnedcheck

import (
	"io"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Decode reads r in a goroutine of its own.
func Decode(t testing.TB, r io.Reader) []byte {
	got := make(chan []byte)
	go func() {
		b, err := io.ReadAll(r)
		require.NoError(t, err)
		got <- b
	}()
	return <-got
}

// Parse runs parse in a goroutine of its own.
func Parse(t testing.TB, parse func() (int, error)) int {
	got := make(chan int)
	go func() {
		v, err := parse()
		if err != nil {
			t.Fatal(err)
		}
		got <- v
	}()
	return <-got
}

// DecodeClosed closes r before it waits: the read fails, the check ends the goroutine, and the receive waits forever.
func DecodeClosed(t testing.TB, r io.ReadCloser) []byte {
	got := make(chan []byte)
	go func() {
		b, err := io.ReadAll(r)
		require.NoError(t, err) // related `the goroutine in DecodeClosed can finish here without sending on got`
		got <- b
	}()
	r.Close()
	return <-got // want `^DecodeClosed may block forever receiving from unbuffered channel got: the goroutine in DecodeClosed can finish without sending on or closing it$`
}
