package closeonquit

// Event is what a connection reports to its session.
type Event int

// The events a session's loop tells apart.
const (
	Dropped Event = iota
	Banned
	Quit
)

// Session's loop reconnects on Dropped and leaves on Banned or Quit, each time closing its event channel first: an
// event reported after that panics on the closed channel, it does not wait forever (quiet).
type Session struct {
	events chan Event
	tries  int
}

// NewSession starts the loop.
func NewSession() *Session {
	s := &Session{events: make(chan Event)}
	go s.loop()
	return s
}

func (s *Session) loop() {
	for {
		ev := <-s.events
		switch ev {
		case Dropped:
			s.tries++
			continue
		case Banned:
			close(s.events)
			return
		case Quit:
			close(s.events)
			return
		}
	}
}

// Report hands the loop an event; after Banned or Quit it panics.
func (s *Session) Report(ev Event) { s.events <- ev }

// Link is Session whose loop leaves on Quit without closing its event channel: an event reported after that waits
// forever (reported, naming that way out).
type Link struct {
	events chan Event
	tries  int
}

// NewLink starts the loop.
func NewLink() *Link {
	l := &Link{events: make(chan Event)}
	go l.loop()
	return l
}

func (l *Link) loop() {
	for {
		ev := <-l.events
		switch ev {
		case Dropped:
			l.tries++
			continue
		case Banned:
			close(l.events)
			return
		case Quit:
			return // related `the goroutine running Link.loop stops receiving from Link.events here`
		}
	}
}

// Report hands the loop an event; after Quit it waits forever.
func (l *Link) Report(ev Event) {
	l.events <- ev // want `^goroutine may block forever sending on unbuffered channel Link.events: the goroutine running Link.loop, its only receiver, can return first$`
}
