package escapes

import (
	"time"

	"golintchan.example/testdata/internal/drain"
)

// Tail streams log lines; when the caller stops waiting, the rest is discarded by the drain package.
func Tail(lines []string, read func(string) string, d time.Duration) []string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, l := range lines {
			out <- read(l)
		}
	}()
	var got []string
	timeout := time.After(d)
	for {
		select {
		case l, ok := <-out:
			if !ok {
				return got
			}
			got = append(got, l)
		case <-timeout:
			drain.Discard(out)
			return got
		}
	}
}
