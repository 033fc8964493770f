// Package pacedworker: a worker answers one prompt at a time; the caller may stop waiting for an answer.
// The worker sends only after it receives a prompt, so at most one answer is ever outstanding, and the
// buffer of one always takes it. golint-chan must stay quiet.
package pacedworker

import "time"

// AskAll asks each question in turn and gives up on the rest when one answer takes longer than d.
func AskAll(questions []string, answer func(string) string, d time.Duration) []string {
	prompts := make(chan string)
	answers := make(chan string, 1)
	go func() {
		for q := range prompts {
			answers <- answer(q)
		}
	}()
	defer close(prompts)
	var out []string
	for _, q := range questions {
		prompts <- q
		select {
		case a := <-answers:
			out = append(out, a)
		case <-time.After(d):
			return out
		}
	}
	return out
}
