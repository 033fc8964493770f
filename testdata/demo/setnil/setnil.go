// Package setnil is example 1 of the write-up that motivated golint-chan: a channel that is made, then set
// to nil, then received from. A receive from a nil channel blocks forever, so every call of cc leaks the
// goroutine that makes it.
package setnil

import "fmt"

func cc() {
	a := make(chan int)
	a = nil // related `a is set to nil here`
	b := <-a // want `receive from nil channel a blocks forever: a is nil on every path that reaches it`
	fmt.Println(b)
}
