// Package leaks: several goroutines send on one channel that is received from fewer times.
package leaks

import (
	"context"
	"hash/crc32"
	"strings"
)

func query(replica, q string) string { return replica + ":" + q }

// First: "first answer wins" over replicas, one func literal per replica.
func First(replicas []string, q string) string {
	ch := make(chan string)
	for _, r := range replicas {
		go func(r string) {
			ch <- query(r, q) // want `goroutines may block forever sending on unbuffered channel ch: any number of them send but First receives at most once`
		}(r)
	}
	return <-ch // related `First receives from ch here, at most once`
}

func checksum(part []byte, sums chan<- uint32) {
	sums <- crc32.ChecksumIEEE(part) // want `goroutines may block forever sending on unbuffered channel sums: any number of them send but AnySum receives at most once`
}

// AnySum: `go namedFunc(ch)` in a counted loop.
func AnySum(parts [][]byte) uint32 {
	sums := make(chan uint32, 0)
	for i := 0; i < len(parts); i++ {
		go checksum(parts[i], sums)
	}
	return <-sums // related `AnySum receives from sums here, at most once`
}

// Mirror resolves a name on two mirrors.
type Mirror struct {
	primary, backup string
}

func (m *Mirror) resolve(host, name string, out chan<- string) {
	switch {
	case strings.HasSuffix(name, "."):
		out <- host + "/" + name // want `goroutines may block forever sending on unbuffered channel out: 2 of them send but Mirror.Lookup receives at most once`
	default:
		out <- host + "/" + name + "."
	}
}

// Lookup: two `go s.method(ch)` statements, one receive.
func (m *Mirror) Lookup(name string) string {
	out := make(chan string)
	go m.resolve(m.primary, name, out)
	go m.resolve(m.backup, name, out)
	return <-out
}

// Race: `var ch chan T; ch = make(chan T, 1)` with three senders; the buffer holds one loser, not two.
func Race(a, b, c func() int) int {
	var winner chan int
	winner = make(chan int, 1)
	go func() { winner <- a() }() // want `goroutines may block forever sending on channel winner \(capacity 1\): 3 of them send but Race receives at most once`
	go func() { winner <- b() }()
	go func() { winner <- c() }()
	return <-winner // related `Race receives from winner here, at most once`
}

// FirstWithin: the only receive competes with ctx.Done(); when the context wins nothing is received.
func FirstWithin(ctx context.Context, replicas []string, ask func(string) string) string {
	ch := make(chan string)
	for _, r := range replicas {
		go func(r string) {
			ch <- ask(r) // want "goroutines may block forever sending on unbuffered channel ch: any number of them send but FirstWithin receives none when `case <-ctx.Done\\(\\)` wins"
		}(r)
	}
	select {
	case v := <-ch:
		return v
	case <-ctx.Done(): // related `FirstWithin stops receiving from ch here`
		return ""
	}
}

// AnyZone: a goroutine per element of a three-element slice literal, and only one receive.
func AnyZone(q string) string {
	ch := make(chan string)
	for _, zone := range []string{"east", "west", "north"} {
		go func(zone string) {
			ch <- query(zone, q) // want `goroutines may block forever sending on unbuffered channel ch: 3 of them send but AnyZone receives at most once`
		}(zone)
	}
	return <-ch
}
