// Package countedloop: n workers, and a receiver that receives exactly n times.
package countedloop

// SumSizes measures every file in parallel and adds the sizes.
func SumSizes(files []string, size func(string) int64) int64 {
	sizes := make(chan int64)
	for _, f := range files {
		go func(f string) {
			sizes <- size(f)
		}(f)
	}
	var total int64
	for i := 0; i < len(files); i++ {
		total += <-sizes
	}
	return total
}
