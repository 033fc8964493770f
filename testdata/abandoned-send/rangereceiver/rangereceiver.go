// Package rangereceiver: the receiver takes every value until the producer closes the channel.
package rangereceiver

import "strings"

// Words splits text in a goroutine and counts the words as they arrive.
func Words(text string) int {
	words := make(chan string)
	go func() {
		defer close(words)
		for _, w := range strings.Fields(text) {
			words <- w
		}
	}()
	n := 0
	for range words {
		n++
	}
	return n
}
