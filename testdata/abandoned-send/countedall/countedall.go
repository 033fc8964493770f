// Package countedall: a loop counts the values it takes from several one-shot channels and returns once the count
// says every one came. That return strands nobody, so the finding names what does: the timeout case, where the
// test gives up (testdata/premature-return/countedall has the loop without a timeout, and one that counts short).
package countedall

import (
	"testing"
	"time"
)

// All waits for three workers, each sending once, and returns after the third value.
func All(t testing.TB, d time.Duration, serve, dial, stop func()) {
	served, dialed, stopped := make(chan struct{}), make(chan struct{}), make(chan struct{})
	go func() {
		serve()
		served <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel served: All stops receiving when `case <-timer.C` wins$"
	}()
	go func() {
		dial()
		dialed <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel dialed: All stops receiving when `case <-timer.C` wins$"
	}()
	go func() {
		stop()
		stopped <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel stopped: All stops receiving when `case <-timer.C` wins$"
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	done := 0
	for {
		select {
		case <-timer.C:
			t.Fatal("timeout") // related `All stops receiving from served here` `All stops receiving from dialed here` `All stops receiving from stopped here`
		case <-served:
			done++
		case <-dialed:
			done++
		case <-stopped:
			done++
		}
		if done == 3 {
			return
		}
	}
}
