// Package oncebranch: a control loop answers the first start message, and only that one, on a channel with room for
// one value: `if m.start && !started { started = true; …; start <- true }`. The branch runs at most once in the
// goroutine's life, so its send fits the buffer even when the caller returns without receiving. A flag that other
// code clears again lets the branch run twice.
package oncebranch

type msg struct {
	start, reset bool
}

func handle(next func() (msg, error), start chan<- bool) {
	started := false
	for {
		m, err := next()
		if err != nil {
			return
		}
		if m.start && !started {
			started = true
			start <- true
		}
	}
}

// Serve waits for the start message unless its hook fails first (the control loop reads messages until next fails).
func Serve(next func() (msg, error), hook func() error) error {
	start := make(chan bool, 1)
	go handle(next, start)
	if err := hook(); err != nil {
		return err
	}
	<-start
	return nil
}

func handleResettable(next func() (msg, error), start chan<- bool) {
	started := false
	for {
		m, err := next()
		if err != nil {
			return
		}
		if m.reset {
			started = false
		}
		if m.start && !started {
			started = true
			start <- true // want "^goroutine may block forever sending on channel start \\(capacity 1\\): ServeResettable can return before receiving from it$"
		}
	}
}

// ServeResettable is Serve with a control loop whose flag a reset message clears: a second start sends again.
func ServeResettable(next func() (msg, error), hook func() error) error {
	start := make(chan bool, 1)
	go handleResettable(next, start)
	if err := hook(); err != nil {
		return err // related "ServeResettable stops receiving from start here"
	}
	<-start
	return nil
}
