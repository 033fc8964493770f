// Package drain discards what is left in channels nobody reads any more.
package drain

// Discard receives and drops every value from ch in the background until ch is closed.
func Discard[T any](ch <-chan T) {
	go func() {
		for range ch {
		}
	}()
}
