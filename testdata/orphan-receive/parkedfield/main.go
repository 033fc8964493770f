// Command parkedfield: a load generator that main makes once starts its watchers and parks on a channel in one of
// its fields that nothing ever sends on or closes (the process is stopped from outside). That wait, and the
// watchers' waits on the same field, end with the process: a deliberate park, as `select {}` is (quiet). A pool
// that main makes once per argument parks the same way, but the first blocks main for good: reported.
package main

import (
	"log"
	"os"
	"sync/atomic"

	"golintchan.example/testdata/orphan-receive/parkedfield/consumer"
)

type loadGen struct {
	done    chan struct{}
	started int64
}

func newLoadGen() *loadGen { return &loadGen{done: make(chan struct{})} }

func (g *loadGen) watch() {
	atomic.AddInt64(&g.started, 1)
	<-g.done
}

// start runs n watchers, then blocks until the process is killed.
func (g *loadGen) start(n int) {
	for i := 0; i < n; i++ {
		go g.watch()
	}
	<-g.done
}

func newPool(name string) *pool { return &pool{done: make(chan struct{}), name: name} }

type pool struct {
	done chan struct{}
	name string
}

// run waits on a channel nothing ever closes: main's first call never returns.
func (p *pool) run() {
	log.Println("pool", p.name)
	<-p.done // want `^pool.run blocks forever receiving from unbuffered channel pool.done: nothing sends on or closes it$`
}

func main() {
	for _, name := range os.Args[1:] {
		newPool(name).run()
	}
	go consumer.NewManager().Start()
	newLoadGen().start(3)
}
