// Package multisend searches lines in the background.
package multisend

import "strings"

// FirstMatch returns the first line that contains word.
func FirstMatch(lines []string, word string) (string, bool) {
	found := make(chan string)
	go func() {
		defer close(found)
		for _, l := range lines {
			if strings.Contains(l, word) {
				found <- l // want `blocks? forever sending on`
			}
		}
	}()
	l, ok := <-found // related `receiv`
	return l, ok
}
