package niltest

import "sync"

// CollectErrs adds up the results and keeps the last error: its collector leaves only when it receives nil on res,
// which the caller closes after wg.Wait, once every worker has sent (every send on res is `&result{…}`); until
// then it takes both results and errors (quiet).
func CollectErrs(jobs []func() (int, error)) (int, error) {
	res := make(chan *result, 1)
	errs := make(chan error, 1)
	done := make(chan struct{}, 1)
	sum, last := 0, error(nil)
	go func() {
		defer func() { done <- struct{}{} }()
		for {
			select {
			case r := <-res:
				if r == nil {
					return
				}
				sum += r.n
			case err := <-errs:
				last = err
			}
		}
	}()
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func() (int, error)) {
			defer func() { wg.Done() }()
			n, err := job()
			if err != nil {
				errs <- err
				return
			}
			res <- &result{n: n}
		}(job)
	}
	wg.Wait()
	close(res)
	<-done
	return sum, last
}

// CollectUntil is CollectErrs with a collector that also leaves on a negative result: the errors and results still
// on their way are stranded (reported, both).
func CollectUntil(jobs []func() (int, error)) (int, error) {
	res := make(chan *result, 1)
	errs := make(chan error, 1)
	done := make(chan struct{}, 1)
	sum, last := 0, error(nil)
	go func() {
		defer func() { done <- struct{}{} }()
		for {
			select {
			case r := <-res:
				if r == nil || r.n < 0 {
					return
				}
				sum += r.n
			case err := <-errs:
				last = err
			}
		}
	}()
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func() (int, error)) {
			defer func() { wg.Done() }()
			n, err := job()
			if err != nil {
				errs <- err // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): any number of them send but the goroutine in CollectUntil receives only until `case r := <-res` wins and then returns$"
				return
			}
			res <- &result{n: n} // want "^goroutines may block forever sending on channel res \\(capacity 1\\): any number of them send but the goroutine in CollectUntil receives only once on some paths$"
		}(job)
	}
	wg.Wait()
	close(res)
	<-done
	return sum, last
}
