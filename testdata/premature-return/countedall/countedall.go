// Package countedall: a loop counts the values it takes from one-shot channels and returns once the count says
// every one came: that return strands nobody (quiet). Counting to fewer than the channels lets the return leave a
// sender behind (testdata/abandoned-send/countedall has the same loop with a timeout case).
package countedall

// Both waits for two workers, each sending once, and returns after the second value: quiet.
func Both(a, b func() int) int {
	x, y := make(chan int), make(chan int)
	go func() { x <- a() }()
	go func() { y <- b() }()
	n, sum := 0, 0
	for {
		select {
		case v := <-x:
			n++
			sum += v
		case v := <-y:
			n++
			sum += v
		}
		if n == 2 {
			return sum
		}
	}
}

// First returns after the first of two values: the other sender is left behind on the normal path.
func First(a, b func() int) int {
	x, y := make(chan int), make(chan int)
	go func() {
		x <- a() // want "^goroutine may block forever sending on unbuffered channel x: First can return before receiving from it$"
	}()
	go func() {
		y <- b() // want "^goroutine may block forever sending on unbuffered channel y: First can return before receiving from it$"
	}()
	n, v := 0, 0
	for {
		select {
		case v = <-x:
			n++
		case v = <-y:
			n++
		}
		if n == 1 {
			return v // related `First stops receiving from x here` `First stops receiving from y here`
		}
	}
}

// FirstBad ends the count early when a value is negative (`n = 2`): reaching the count no longer means both
// channels were taken, and the return can leave the other sender behind.
func FirstBad(a, b func() int) int {
	x, y := make(chan int), make(chan int)
	go func() {
		x <- a() // want "^goroutine may block forever sending on unbuffered channel x: FirstBad can return before receiving from it$"
	}()
	go func() {
		y <- b() // want "^goroutine may block forever sending on unbuffered channel y: FirstBad can return before receiving from it$"
	}()
	n, sum := 0, 0
	for {
		select {
		case v := <-x:
			n++
			if v < 0 {
				n = 2
			}
			sum += v
		case v := <-y:
			n++
			if v < 0 {
				n = 2
			}
			sum += v
		}
		if n == 2 {
			return sum // related `FirstBad stops receiving from x here` `FirstBad stops receiving from y here`
		}
	}
}
