package ctxcancel

import (
	"context"
	"time"
)

// The same hub and link, closed by their maker: quiet.
type closedHub struct {
	ctx    context.Context
	cancel context.CancelFunc
	links  []*closedLink
}

type closedLink struct {
	owner  *closedHub
	ctx    context.Context
	cancel context.CancelFunc
}

// Close cancels the hub and its links.
func (h *closedHub) Close() {
	h.cancel()
	for _, l := range h.links {
		l.stop()
	}
}

func (l *closedLink) stop() { l.cancel() }

func (h *closedHub) connect(ready chan<- struct{}) {
	l := &closedLink{owner: h}
	h.links = append(h.links, l)
	l.ctx, l.cancel = context.WithCancel(h.ctx)
	close(ready)
	l.retry()
}

func (l *closedLink) retry() {
	for {
		select {
		case <-time.After(time.Millisecond):
		case <-l.ctx.Done():
			return
		}
	}
}

// DialAndClose closes the hub once the link is made.
func DialAndClose() {
	h := &closedHub{}
	h.ctx, h.cancel = context.WithCancel(context.Background())
	ready := make(chan struct{})
	go h.connect(ready)
	<-ready
	h.Close()
}
