package errorchecked

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestLoadStopsOnTheError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if v, err := Load(&Store{fetch: func() (int, error) { return 7, nil }}); err != nil || v != 7 {
			t.Fatal(v, err)
		}
		if _, err := Load(&Store{fetch: func() (int, error) { return 0, errors.New("down") }}); err == nil {
			t.Fatal("no error")
		}
	})
}

func TestLoadLoggedWaitsForeverWhenTheFetchFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go LoadLogged(&Store{fetch: func() (int, error) { return 0, errors.New("down") }})
	})
}
