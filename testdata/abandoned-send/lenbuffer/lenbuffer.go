// Package lenbuffer: one goroutine per replica, one send each, a buffer as large as the replica list.
package lenbuffer

// Query asks every replica and returns the first answer; the others land in the buffer.
func Query(replicas []func() string) string {
	answers := make(chan string, len(replicas))
	for _, r := range replicas {
		go func(r func() string) {
			answers <- r()
		}(r)
	}
	return <-answers
}
