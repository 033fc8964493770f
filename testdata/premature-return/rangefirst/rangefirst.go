// Package rangefirst: a gatherer ranges over a channel the function closes once its producer is done, then reports
// on done. A function that returns early on the producer's error without closing the channel leaves the gatherer in
// its range, waiting for values, not at its report: a leak of the range, which a finding at `done <- true` would
// misname, so this rule stays quiet. Closing the channel on the way out sends the gatherer on to its report, which
// nothing receives: reported there.
package rangefirst

// Collect gathers what produce sends on ch.
func Collect(produce func(chan<- int) error) ([]int, error) {
	ch := make(chan int)
	done := make(chan bool)
	var got []int
	go func() {
		for v := range ch {
			got = append(got, v)
		}
		done <- true
	}()
	if err := produce(ch); err != nil {
		return nil, err
	}
	close(ch)
	<-done
	return got, nil
}

// CollectClosing closes ch on its early return too.
func CollectClosing(produce func(chan<- int) error) ([]int, error) {
	ch := make(chan int)
	done := make(chan bool)
	var got []int
	go func() {
		for v := range ch {
			got = append(got, v)
		}
		done <- true // want "^goroutine may block forever sending on unbuffered channel done: CollectClosing can return before receiving from it$"
	}()
	if err := produce(ch); err != nil {
		close(ch)
		return nil, err // related `CollectClosing stops receiving from done here`
	}
	close(ch)
	<-done
	return got, nil
}
