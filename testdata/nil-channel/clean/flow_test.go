package clean

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRemakeAndForget(t *testing.T) {
	leakcheck.Clean(t, func() {
		if Remake() != 1 || UseThenForget() != 2 || Rounds(3) != 3 || ShadowThenAssign() != 2 {
			t.Error("wrong results")
		}
	})
}

func TestMergeClosed(t *testing.T) {
	leakcheck.Clean(t, func() {
		if s := MergeClosed([]int{1, 2}, []int{3}); s != 6 {
			t.Errorf("MergeClosed = %d", s)
		}
	})
}

func TestAsync(t *testing.T) {
	leakcheck.Clean(t, func() {
		if Async(true) != 1 || Async(false) != 0 {
			t.Error("wrong results")
		}
	})
}

func TestWatchers(t *testing.T) {
	m := &Model{}
	for _, watch := range []bool{false, true} {
		leakcheck.Clean(t, func() {
			for _, start := range []func(bool) chan<- Event{m.WatchIf, m.WatchChecked, m.WatchAnyway, m.WatchOrNothing, m.WatchFlagged} {
				if updates := start(watch); updates != nil {
					updates <- Event{Key: "a"}
					close(updates)
				}
			}
			if updates, err := m.WatchOrFail(watch); err == nil {
				close(updates)
			}
		})
	}
}

func TestChainFrom(t *testing.T) {
	leakcheck.Clean(t, func() {
		sum := 0
		for v := range ChainFrom([]int{1, 2}, 3) {
			sum += v
		}
		if sum != 9 {
			t.Errorf("ChainFrom sum = %d", sum)
		}
	})
}

func TestWatchMode(t *testing.T) {
	m := &Model{}
	leakcheck.Clean(t, func() {
		for _, mode := range []string{"sync", "async"} {
			updates := m.WatchMode(mode)
			updates <- Event{Key: mode}
			close(updates)
		}
	})
}

func TestListenChecked(t *testing.T) {
	leakcheck.Clean(t, func() {
		ListenChecked(false)
		close(ListenChecked(true))
	})
}
