// Package handedon: a stage returns the channel that a helper made and returned. Whoever calls the stage reads it,
// so the helper's goroutine is not stranded; a stage that drops the channel strands it.
package handedon

// RunMany copies in to a new channel.
func RunMany(in chan int) chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v // want `^goroutine blocks forever sending on unbuffered channel out returned by RunMany: nothing receives from it$`
		}
	}()
	return out
}

type Stage struct{}

// Run hands the helper's channel on to its caller: quiet.
func (c *Stage) Run(in chan int) chan int {
	out := RunMany(in)
	return out
}

// Started only checks the helper's channel and drops it: the copying goroutine blocks on its first value.
func (c *Stage) Started(in chan int) bool {
	out := RunMany(in)
	return out != nil
}
