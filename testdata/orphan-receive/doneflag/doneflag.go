// Package doneflag: a goroutine closes its ready channel under `if !announced { close(ready); announced = true }`
// on each of its ways out. The flag is true only once ready was closed, so skipping that if strands nobody.
package doneflag

import (
	"fmt"
	"strings"
)

// Reader queues lines and tells its starter when the first batch is in.
type Reader struct {
	lines []string
	queue []string
	batch int
}

func (r *Reader) parse(ready chan struct{}) error {
	var announced bool
	for i, line := range r.lines {
		if line == "" {
			if !announced {
				close(ready)
				announced = true
			}
			return fmt.Errorf("empty line %d", i)
		}
		r.queue = append(r.queue, line)
		if len(r.queue) >= r.batch {
			if !announced {
				close(ready)
				announced = true
			}
		}
	}
	if !announced {
		close(ready)
		announced = true
	}
	return nil
}

// Start: every way out of parse closes ready unless the flag says it was closed already: quiet.
func Start(lines []string, batch int) *Reader {
	r := &Reader{lines: lines, batch: batch}
	ready := make(chan struct{})
	go r.parse(ready)
	<-ready
	return r
}

// parseHeaded also sets the flag for a header line, without closing ready: a way out after it strands the starter.
func (r *Reader) parseHeaded(ready chan struct{}) error {
	var announced bool
	for i, line := range r.lines {
		if strings.HasPrefix(line, "#") {
			announced = true
			continue
		}
		if line == "" {
			if !announced {
				close(ready)
				announced = true
			}
			return fmt.Errorf("empty line %d", i) // related `the goroutine running Reader.parseHeaded can finish here without sending on ready`
		}
		r.queue = append(r.queue, line)
		if len(r.queue) >= r.batch {
			if !announced {
				close(ready)
				announced = true
			}
		}
	}
	if !announced {
		close(ready)
		announced = true
	}
	return nil
}

// StartHeaded waits for a close that a header line followed by an empty one never makes.
func StartHeaded(lines []string, batch int) *Reader {
	r := &Reader{lines: lines, batch: batch}
	ready := make(chan struct{})
	go r.parseHeaded(ready)
	<-ready // want `^StartHeaded may block forever receiving from unbuffered channel ready: the goroutine running Reader.parseHeaded can finish without sending on or closing it$`
	return r
}
