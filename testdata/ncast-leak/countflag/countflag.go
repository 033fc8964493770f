// Package countflag: a collector goroutine that takes one report per line of a `for { r := <-reports; … }` loop,
// counts them up (`count++`) and leaves through a flag set once the count reaches the number of probes started
// (`if count >= len(hosts) { end = true }` … `if end { break }`). Fastest waits for every probe (quiet); Quorum
// leaves at half of them, and the other probes are stranded at their send (reported).
package countflag

// Fastest probes every host at once and returns the first one that answered, or "".
func Fastest(hosts []string, probe func(string) bool) string {
	reports := make(chan string)
	result := make(chan string, 1)
	for _, h := range hosts {
		go func(h string) {
			r := ""
			if probe(h) {
				r = h
			}
			reports <- r
		}(h)
	}
	go func() {
		count := 0
		end := false
		best := ""
		for {
			r := <-reports
			if best == "" {
				best = r
			}
			count++
			if count >= len(hosts) {
				end = true
			}
			if end {
				break
			}
		}
		result <- best
	}()
	return <-result
}

// Quorum is Fastest answering once half the hosts have reported.
func Quorum(hosts []string, probe func(string) bool) string {
	reports := make(chan string)
	result := make(chan string, 1)
	for _, h := range hosts {
		go func(h string) {
			r := ""
			if probe(h) {
				r = h
			}
			reports <- r // want "^goroutines may block forever sending on unbuffered channel reports: any number of them send but the goroutine in Quorum receives only once on some paths$"
		}(h)
	}
	go func() {
		count := 0
		end := false
		best := ""
		for {
			r := <-reports
			if best == "" {
				best = r
			}
			count++
			if count >= len(hosts)/2 {
				end = true
			}
			if end {
				break // related "^the goroutine in Quorum stops receiving from reports here$"
			}
		}
		result <- best
	}()
	return <-result
}
