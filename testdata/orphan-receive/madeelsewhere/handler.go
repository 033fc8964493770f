// Package madeelsewhere: a handler's channel field is declared in this file and made by the constructor in
// another; the finding names the make in its own file. The handler closes active once it has started, but returns
// without closing it when the start fails, and a caller that waits for it then waits forever.
package madeelsewhere

type handler struct {
	start  func() error
	active chan struct{}
}

// run starts the work and says so by closing active; a failed start returns first.
func (h *handler) run() {
	if err := h.start(); err != nil {
		return // related `the goroutine running handler.run can finish here without sending on handler.active`
	}
	close(h.active)
}

// Started runs the handler and waits until it is active.
func Started(start func() error) {
	h := newHandler(start)
	go h.run()
	<-h.active // want `^Started may block forever receiving from unbuffered channel handler.active: the goroutine running handler.run can finish without sending on or closing it$`
}
