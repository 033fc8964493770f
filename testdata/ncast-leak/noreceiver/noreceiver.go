// Package noreceiver: goroutines started in a loop each report on a channel. Nothing reads the reports of Fanout
// (reported, with no receiver to name); FanoutWait reads one per item (quiet).
package noreceiver

// Fanout works on every item in its own goroutine and forgets to collect the reports.
func Fanout(items []int, work func(int)) {
	done := make(chan int)
	for _, it := range items {
		go func(it int) {
			work(it)
			done <- it // want `^goroutines may block forever sending on unbuffered channel done: any number of them send but nothing receives from it$`
		}(it)
	}
}

// FanoutWait works on every item in its own goroutine and waits for each report.
func FanoutWait(items []int, work func(int)) {
	done := make(chan int)
	for _, it := range items {
		go func(it int) {
			work(it)
			done <- it
		}(it)
	}
	for range items {
		<-done
	}
}
