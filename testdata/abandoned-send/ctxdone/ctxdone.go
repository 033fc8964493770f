// Package ctxdone loads rows unless the caller's context ends first.
package ctxdone

import "context"

// Row is one record of a table.
type Row struct {
	ID   int
	Name string
}

// Store loads rows; Load may be slow.
type Store interface {
	Load(id int) Row
}

// Get loads row id from s, or returns ctx.Err() when ctx is done first.
func Get(ctx context.Context, s Store, id int) (Row, error) {
	rows := make(chan Row)
	go func() {
		rows <- s.Load(id) // want `blocks? forever sending on`
	}()
	select {
	case r := <-rows:
		return r, nil
	case <-ctx.Done(): // related `stops receiving`
		return Row{}, ctx.Err()
	}
}
