// Package errorchecked: a helper, called synchronously, sends its value on the caller's channel or returns an error
// without sending. A caller that stops on that error before it receives never waits in vain (quiet); one that only
// logs the error and receives anyway waits forever when the helper failed (reported).
package errorchecked

import (
	"fmt"
	"log"
)

// Store fetches a value and hands it on a channel.
type Store struct {
	fetch func() (int, error)
}

// Resync sends the fetched value on out, or returns the fetch's error without sending.
func (s *Store) Resync(out chan<- int) error {
	v, err := s.fetch()
	if err != nil {
		return fmt.Errorf("fetch: %w", err) // related `Store.Resync can finish here without sending on out`
	}
	out <- v
	return nil
}

// Load waits for the value only once Resync returned no error, that is, once it sent.
func Load(s *Store) (int, error) {
	out := make(chan int, 1)
	err := s.Resync(out)
	if err != nil {
		return 0, err
	}
	return <-out, nil
}

// LoadLogged logs Resync's error and waits for the value anyway.
func LoadLogged(s *Store) int {
	out := make(chan int, 1)
	err := s.Resync(out)
	if err != nil {
		log.Print(err)
	}
	return <-out // want `^LoadLogged may block forever receiving from channel out \(capacity 1\): Store.Resync can return before sending on or closing it$`
}
