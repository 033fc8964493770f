package ctxcancel

import (
	"context"
	"time"
)

// hub keeps its links in a slice; Close cancels the hub's context and every link's. Dial never closes its hub, so
// the link's retry loop, which only its context can end, goes round forever.
type hub struct {
	ctx    context.Context
	cancel context.CancelFunc
	links  []*link
}

type link struct {
	owner  *hub
	ctx    context.Context
	cancel context.CancelFunc
	pause  time.Duration
}

// Close cancels the hub and its links.
func (h *hub) Close() {
	h.cancel()
	for _, l := range h.links {
		l.stop()
	}
	h.links = nil
}

func (l *link) stop() { l.cancel() }

func (h *hub) connect() {
	l := &link{owner: h, pause: 10 * time.Millisecond}
	h.links = append(h.links, l)
	l.ctx, l.cancel = context.WithCancel(h.ctx)
	l.retry()
}

func (l *link) retry() {
	for try := 1; ; try++ {
		select {
		case <-time.After(l.pause * time.Duration(try)):
		case <-l.ctx.Done(): // want `^the loop in link\.retry never ends: its only way out is receiving from l\.ctx\.Done\(\), and the context is made by context\.WithCancel \(line 37\) from h\.ctx, which is never done \(it comes from context\.Background\(\), line 54\), and its cancel function is kept only in the link made by hub\.connect \(field cancel\), on which no method that uses it is ever called; the link is stored only in hub\.links, which no method called on its hub reads$`
			return
		}
	}
}

// DialHub starts a connection on a hub it forgets.
func DialHub() {
	h := &hub{}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	go h.connect()
}
