package deadcode

// serializeOld hands each block to one of its workers with a channel of its own for the result, and forgets to wait
// for it. Nothing calls it any more: the channel field of its local type is used by no running code (quiet).
func serializeOld(blocks []string, workers int) {
	type job struct {
		block string
		reply chan string
	}
	jobs := make(chan job, workers)
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs {
				res := "<" + j.block + ">"
				j.reply <- res
			}
		}()
	}
	go func() {
		defer close(jobs)
		for _, b := range blocks {
			jobs <- job{block: b, reply: make(chan string)}
		}
	}()
}

// serialize is the same code, and Serialize runs it: each worker blocks at its first result.
func serialize(blocks []string, workers int) {
	type task struct {
		block string
		out   chan string
	}
	tasks := make(chan task, workers)
	for i := 0; i < workers; i++ {
		go func() {
			for t := range tasks {
				res := "<" + t.block + ">"
				t.out <- res // want `^goroutine blocks forever sending on unbuffered channel task.out: nothing receives from it$`
			}
		}()
	}
	go func() {
		defer close(tasks)
		for _, b := range blocks {
			tasks <- task{block: b, out: make(chan string)}
		}
	}()
}

// Serialize wraps every block.
func Serialize(blocks []string, workers int) { serialize(blocks, workers) }
