// Package testfailure: a test helper starts three workers and takes their three values, but stops at the first
// bad one. With t.Fatalf the test's goroutine ends there and the other workers are stranded: reported and tagged
// test-failure-path, like abandoned-send and premature-return report the same give-up. With log.Fatalf the
// process ends: quiet.
package testfailure

import (
	"log"
	"testing"
)

// SumFatal stops the test at the first negative value.
func SumFatal(t testing.TB, work func(int) int) int {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			ch <- work(i) // want `^goroutines may block forever sending on unbuffered channel ch: 3 of them send but SumFatal receives only once on some paths$`
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		v := <-ch
		if v < 0 {
			t.Fatalf("negative value %d", v) // related `SumFatal stops receiving from ch here`
		}
		sum += v
	}
	return sum
}

// SumLogFatal stops the process at the first negative value: quiet.
func SumLogFatal(work func(int) int) int {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			ch <- work(i)
		}(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		v := <-ch
		if v < 0 {
			log.Fatalf("negative value %d", v)
		}
		sum += v
	}
	return sum
}
