// Package roundtrip: a goroutine that decodes JSON and reports a field, returning without a report when the decode
// fails. Hits hands it its own encoding of a value of the very type decoded: the decode cannot fail (quiet). HitsOf
// hands it bytes from its caller, which may not be JSON at all: the receive can wait forever (reported).
package roundtrip

import "encoding/json"

// Stats counts hits.
type Stats struct {
	Hits int `json:"hits"`
}

func count(data []byte, out chan<- int) {
	var s Stats
	if err := json.Unmarshal(data, &s); err != nil {
		return // related "^the goroutine running count can finish here without sending on out$"
	}
	out <- s.Hits
}

// Hits counts n hits the long way round.
func Hits(n int) int {
	s := Stats{Hits: n}
	data, err := json.Marshal(s)
	if err != nil {
		return 0
	}
	out := make(chan int)
	go count(data, out)
	return <-out
}

// HitsOf counts the hits of an encoded Stats.
func HitsOf(data []byte) int {
	out := make(chan int)
	go count(data, out)
	return <-out // want "^HitsOf may block forever receiving from unbuffered channel out: the goroutine running count can finish without sending on or closing it$"
}
