// Package ticker is example 2 of the write-up that motivated golint-chan: a ticker received from once, in a
// select beside the value it is waiting for, and never stopped. The module says go 1.21: before Go 1.23 an
// unstopped ticker is never garbage collected, so every call leaves one behind, ticking.
package ticker

import (
	"fmt"
	"time"
)

func dd(a <-chan int) {
	ticker := time.NewTicker(time.Second) // want `ticker is never stopped: before Go 1.23 \(go.mod says go 1.21\) it is never garbage collected`
	select {
	case v := <-a:
		fmt.Println(v)
	case <-ticker.C:
		fmt.Println("tick")
	}
}
