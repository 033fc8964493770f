package starterwaits

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every fetch works: done is closed once the workers are done, and nothing is left.
func TestFetchAllTakesEveryResult(t *testing.T) {
	leakcheck.Clean(t, func() {
		got, err := FetchAll([]int{1, 2, 3}, func(id int) (int, error) { return id, nil })
		if err != nil || len(got) != 3 {
			t.Fatalf("got %v, %v", got, err)
		}
	})
}

// Every fetch fails: FetchAll returns the first error, the other two workers block at their error sends and the
// starter waits for them for good.
func TestFetchAllStrandsTheOtherWorkers(t *testing.T) {
	leakcheck.ExpectBlocked(t, 3, map[string]int{"chan send": 2, leakcheck.WaitGroupWait(): 1}, func() {
		_, err := FetchAll([]int{1, 2, 3}, func(id int) (int, error) {
			if id < 0 {
				return 0, nil
			}
			time.Sleep(time.Millisecond)
			return 0, errors.New("failed")
		})
		if err == nil {
			t.Fatal("want an error")
		}
	})
}
