package gate

// other: the goroutine locks another listener, not the one pop holds: quiet.
func other() {
	l := newListener()
	stop := make(chan struct{})
	defer close(stop)
	held := make(chan struct{})
	go l.pop(held, stop)
	<-held
	o := newListener()
	locked := make(chan struct{})
	go func() {
		o.lock.Lock()
		o.lock.Unlock()
		close(locked)
	}()
	<-locked
}

// unlocked: the goroutine run waits for never locks: quiet.
func unlocked() {
	l := newListener()
	stop := make(chan struct{})
	defer close(stop)
	held := make(chan struct{})
	go l.pop(held, stop)
	<-held
	done := make(chan struct{})
	go func() { close(done) }()
	<-done
}

// after: stop is closed before the wait on the goroutine that locks: quiet.
func after() {
	l := newListener()
	stop := make(chan struct{})
	held := make(chan struct{})
	go l.pop(held, stop)
	<-held
	close(stop)
	locked := make(chan struct{})
	go func() {
		l.lock.Lock()
		l.lock.Unlock()
		close(locked)
	}()
	<-locked
}
