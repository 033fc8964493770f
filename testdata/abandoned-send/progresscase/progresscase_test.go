package progresscase

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The server reports its address, then stops later with an error nobody takes any more.
func TestStartStrandsTheResultWhenAllGoesWell(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		addr, err := Start(func(ready func(string)) error {
			ready("127.0.0.1:80")
			return errors.New("server closed")
		})
		if addr == "" || err != nil {
			t.Errorf("Start = %q, %v", addr, err)
		}
	})
}

func TestDialIsCleanWhenItAnswers(t *testing.T) {
	leakcheck.Clean(t, func() {
		Dial(func() (string, error) { return "conn", nil })
		Dial(func() (string, error) { return "", errors.New("refused") })
	})
}

func TestDialStrandsTheSenderOnTimeout(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		Dial(func() (string, error) { time.Sleep(50 * time.Millisecond); return "", errors.New("late") })
	})
}
