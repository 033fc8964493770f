// Package dispatch: a listener's goroutine hands each kind of message to a channel of its own, and nothing receives
// from any of them (the readers were taken out). The goroutine blocks at whichever buffer fills first: one finding
// for it, at its first such send, with the other channels as places it can also block. Another goroutine that sends
// on a channel nothing receives from is a finding of its own.
package dispatch

type msg struct{ kind, text string }

type listener struct {
	infos, errs, trades chan string
	audit               chan string
}

func newListener() *listener {
	return &listener{infos: make(chan string, 2), errs: make(chan string, 2), trades: make(chan string, 2), audit: make(chan string)}
}

func (l *listener) run(next func() (msg, bool)) {
	for {
		m, ok := next()
		if !ok {
			return
		}
		switch m.kind {
		case "info":
			l.infos <- m.text // want "^goroutine blocks forever sending on channel listener.infos \\(capacity 2\\): nothing receives from it$"
		case "error":
			l.errs <- m.text // related "the goroutine can also block here sending on listener.errs"
		case "trade":
			l.trades <- m.text // related "the goroutine can also block here sending on listener.trades"
		}
	}
}

func (l *listener) record(next func() (msg, bool)) {
	for {
		m, ok := next()
		if !ok {
			return
		}
		l.audit <- m.kind // want "^goroutine blocks forever sending on unbuffered channel listener.audit: nothing receives from it$"
	}
}

// Listen dispatches the messages next gives in the background, and records those audited gives.
func Listen(msgs, audited func() (msg, bool)) {
	l := newListener()
	go l.run(msgs)
	go l.record(audited)
}
