// Package structarg: a struct holding a channel, passed whole to goroutines of the package (`go w.replicate(round, i)`),
// is followed into the callee like a channel argument: counts and give-ups apply to its field.
package structarg

type ack struct{ ok bool }

type writeRound struct{ acks chan ack }

type writer struct{}

func (w *writer) replicate(round *writeRound, i int) {
	round.acks <- ack{ok: i >= 0} // want "goroutines may block forever sending on unbuffered channel round.acks: 3 of them send but writer.Write receives at most once"
}

// Write waits for the first acknowledgement only; the other replicas are stranded.
func (w *writer) Write() bool {
	round := &writeRound{acks: make(chan ack)}
	for i := 0; i < 3; i++ {
		go w.replicate(round, i)
	}
	return (<-round.acks).ok // related "writer.Write receives from round.acks here, at most once"
}

// WriteAll waits for every acknowledgement: quiet.
func (w *writer) WriteAll() bool {
	round := &writeRound{acks: make(chan ack)}
	for i := 0; i < 3; i++ {
		go w.replicate(round, i)
	}
	ok := true
	for i := 0; i < 3; i++ {
		ok = ok && (<-round.acks).ok
	}
	return ok
}

var kept []*writeRound

func (w *writer) keep(round *writeRound) { kept = append(kept, round) }

// Stored hands the struct to a callee that stores it: someone else may receive: quiet.
func (w *writer) Stored() bool {
	round := &writeRound{acks: make(chan ack)}
	w.keep(round)
	for i := 0; i < 3; i++ {
		go w.replicate(round, i)
	}
	return (<-round.acks).ok
}
