package allreported

// Sum starts n workers, one per round of a counted loop, each reporting once at its end, and sums their reports
// until it has counted n of them: every worker has sent by then, so the break strands nobody.
func Sum(n int, work func(int) int) int {
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			v := work(i)
			results <- v
		}(i)
	}
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
		if count == n {
			break
		}
	}
	return sum
}

// SumHalf stops counting at half of them: the other half are stranded.
func SumHalf(n int, work func(int) int) int {
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			v := work(i)
			results <- v // want "^goroutines may block forever sending on unbuffered channel results: any number of them send but SumHalf receives only once on some paths$"
		}(i)
	}
	half := n / 2
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
		if count == half {
			break // related `SumHalf stops receiving from results here`
		}
	}
	return sum
}
