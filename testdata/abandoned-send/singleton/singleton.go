// Package singleton: a serving loop owned by a value the package makes once per process, lazily, behind a nil
// check of a package-level variable. Its shutdown is the program's: a send stranded after it ends with the
// process. A variable that can be set back to nil makes the value again, and then a stopped loop strands sends.
package singleton

import "sync"

type registry struct {
	done chan struct{}
	add  chan string
	seen map[string]bool
}

var (
	shared   *registry
	sharedMu sync.Mutex
)

// Shared returns the process's registry, made on first use.
func Shared() *registry {
	if shared != nil {
		return shared
	}
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if shared != nil {
		return shared
	}
	shared = newRegistry()
	return shared
}

func newRegistry() *registry {
	r := &registry{done: make(chan struct{}), add: make(chan string), seen: map[string]bool{}}
	go r.run()
	return r
}

func (r *registry) run() {
	for {
		select {
		case <-r.done:
			return
		case name := <-r.add:
			r.seen[name] = true
		}
	}
}

// Add records a name.
func (r *registry) Add(name string) { r.add <- name }

// Stop ends the registry's loop, when the program shuts down.
func (r *registry) Stop() { close(r.done) }

// cache is made the same way, but Reset throws it away: the next use makes another, and an Add on the old one
// after Reset blocks forever.
type cache struct {
	done chan struct{}
	put  chan string
	keys map[string]bool
}

var current *cache

// Current returns the cache, made on first use.
func Current() *cache {
	if current == nil {
		current = newCache()
	}
	return current
}

func newCache() *cache {
	c := &cache{done: make(chan struct{}), put: make(chan string), keys: map[string]bool{}}
	go c.run()
	return c
}

func (c *cache) run() {
	for {
		select {
		case <-c.done:
			return
		case k := <-c.put:
			c.keys[k] = true
		}
	}
}

// Put records a key.
func (c *cache) Put(k string) {
	c.put <- k // want "^goroutine may block forever sending on unbuffered channel cache.put: the goroutine running cache.run stops receiving when `case <-c.done` wins$"
}

// Reset stops the cache and forgets it.
func Reset() {
	close(current.done)
	current = nil
}
