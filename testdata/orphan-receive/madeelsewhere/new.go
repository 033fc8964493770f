package madeelsewhere

func newHandler(start func() error) *handler {
	return &handler{
		start:  start,
		active: make(chan struct{}), // related `handler.active is made here \(unbuffered\)`
	}
}
