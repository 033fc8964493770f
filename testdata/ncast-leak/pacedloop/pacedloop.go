// Package pacedloop: a loop starts one checker per round and takes its answer in the same round, before the next
// round starts another: one checker is outstanding at a time, and a buffer of one covers it even when a failed
// check ends the loop. If the answer is taken only in some rounds, the checkers of the other rounds pile up.
package pacedloop

// Probe takes every round's answer in that round: quiet.
func Probe(n int, check func(int) bool) bool {
	done := make(chan bool, 1)
	for i := 0; i < n; i++ {
		go func(i int) {
			if !check(i) {
				done <- false
				return
			}
			done <- true
		}(i)
		if !<-done {
			return false
		}
	}
	return true
}

// ProbeOdd takes the answer only in odd rounds.
func ProbeOdd(n int, check func(int) bool) bool {
	done := make(chan bool, 1)
	for i := 0; i < n; i++ {
		go func(i int) {
			if !check(i) {
				done <- false // related `the goroutine can also block here sending on done`
				return
			}
			done <- true // want `^goroutines may block forever sending on channel done \(capacity 1\): any number of them send but ProbeOdd receives only once on some paths$`
		}(i)
		if i%2 == 1 && !<-done {
			return false // related `ProbeOdd stops receiving from done here`
		}
	}
	return true
}
